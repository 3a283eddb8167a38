/* Output through one buffer of our own: the views write many short
 * pieces, and a call into stdio for each costs more than the copying.
 * The program writes the buffer to descriptor 1 with write(2); tests
 * hand it a FILE instead. */
#ifndef OUT_H
#define OUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define OUT_BUFFER 4096

struct out {
	int fd;       /* written with write(2) when file is NULL */
	FILE *file;
	int error;    /* errno of the first failed write; 0 while all is well */
	size_t used;
	char buf[OUT_BUFFER];
};

void out_init_fd(struct out *o, int fd);
void out_init_file(struct out *o, FILE *file);
/* Writes out what is buffered; false once any write has failed. */
bool out_flush(struct out *o);
void out_write_slow(struct out *o, const char *s, size_t n);

static inline void out_write(struct out *o, const char *s, size_t n)
{
	if (n <= sizeof(o->buf) - o->used) {
		memcpy(o->buf + o->used, s, n);
		o->used += n;
	} else {
		out_write_slow(o, s, n);
	}
}

static inline void out_str(struct out *o, const char *s)
{
	out_write(o, s, strlen(s));
}

static inline void out_char(struct out *o, char c)
{
	if (o->used == sizeof(o->buf))
		out_flush(o);
	o->buf[o->used++] = c;
}

void out_spaces(struct out *o, size_t n);

#endif
