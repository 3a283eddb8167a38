/* Status lines and bare codes read from standard input (httpref -). */
#ifndef INPUT_H
#define INPUT_H

#include <stdbool.h>
#include <stddef.h>

/* Only this much of a line is looked at; the rest of a longer line is
 * read and dropped. */
#define INPUT_LINE_MAX 512

/* The code in one line: "HTTP/1.1 503 Service Unavailable", "HTTP/2 404"
 * or a bare "404", with any spaces around; -1 for anything else.  s
 * need not be NUL-terminated and may hold any bytes. */
int input_parse_line(const char *s, size_t n);

typedef void input_found(unsigned code, void *ctx);

/* Splits a stream into lines as it arrives, in pieces of any size. */
struct input {
	input_found *found;
	void *ctx;
	size_t codes; /* lines that held a code so far */
	size_t n;
	char line[INPUT_LINE_MAX];
};

void input_start(struct input *in, input_found *found, void *ctx);
void input_feed(struct input *in, const char *buf, size_t n);
/* The last line, if it had no newline. */
void input_end(struct input *in);

/* Reads descriptor fd to its end, calling found(code, ctx) for each line
 * that holds a code; returns how many did, or -1 on a read error (errno
 * says which). */
long input_read_fd(int fd, input_found *found, void *ctx);

#endif
