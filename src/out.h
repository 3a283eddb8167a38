/* Output through one buffer of our own: the views write many short
 * pieces, and a call into stdio for each costs more than the copying.
 * The program writes the buffer to descriptor 1 with write(2); tests
 * hand it a FILE instead.  On a terminal the output can also be held
 * back whole, until it is known whether it fits the screen (pager.c). */
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
	char *buf;    /* own, or the buffer given to out_hold */
	size_t size;  /* of buf */
	size_t used;
	/* While output is held, nothing is written and flushes do nothing;
	 * when buf is full, spill is called, and must end the hold. */
	void (*spill)(struct out *o, void *ctx);
	void *spill_ctx;
	char own[OUT_BUFFER];
};

void out_init_fd(struct out *o, int fd);
void out_init_file(struct out *o, FILE *file);
/* Writes out what is buffered; false once any write has failed.  While
 * output is held it writes nothing. */
bool out_flush(struct out *o);
void out_write_slow(struct out *o, const char *s, size_t n);

/* Keeps everything written from now on in buf, until out_unhold. */
void out_hold(struct out *o, char *buf, size_t size,
	      void (*spill)(struct out *o, void *ctx), void *ctx);
static inline bool out_held(const struct out *o)
{
	return o->spill != NULL;
}
/* Ends the hold: the held bytes are left in the buffer given to
 * out_hold, and what follows is written to fd. */
void out_unhold(struct out *o, int fd);
/* Writes s at once, after what is buffered; false once a write failed. */
bool out_send(struct out *o, const char *s, size_t n);

static inline void out_write(struct out *o, const char *s, size_t n)
{
	if (n <= o->size - o->used) {
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
	if (o->used == o->size) {
		out_write_slow(o, &c, 1);
		return;
	}
	o->buf[o->used++] = c;
}

void out_spaces_slow(struct out *o, size_t n);

/* Indents are short: up to eight spaces go in as one word-sized store. */
static inline void out_spaces(struct out *o, size_t n)
{
	if (n <= 8 && o->size - o->used >= 8) {
		memcpy(o->buf + o->used, "        ", 8);
		o->used += n;
		return;
	}
	out_spaces_slow(o, n);
}

#endif
