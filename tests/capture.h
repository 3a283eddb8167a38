/* Tests: collect what a module writes to a FILE into a string. */
#ifndef CAPTURE_H
#define CAPTURE_H

#include <stddef.h>
#include <stdio.h>

#include "out.h"

struct capture {
	FILE *file;
	char *text;
	size_t size;
	struct out out;
};

/* A fresh capture, and the output buffer that writes into it. */
struct out *capture_open(struct capture *c);
/* Flushes and closes the stream and returns what was written;
 * capture_free frees it. */
const char *capture_text(struct capture *c);
void capture_free(struct capture *c);

/* Lines of s, each counted in code points; the widest of them. */
size_t widest_line(const char *s);

#endif
