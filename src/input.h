/* Status lines and bare codes read from a stream (httpref -). */
#ifndef INPUT_H
#define INPUT_H

#include <stddef.h>
#include <stdio.h>

/* Only this much of a line is looked at; the rest of a longer line is
 * read and dropped. */
#define INPUT_LINE_MAX 512

/* The code in one line: "HTTP/1.1 503 Service Unavailable", "HTTP/2 404"
 * or a bare "404", with any spaces around; -1 for anything else.  s
 * need not be NUL-terminated and may hold any bytes. */
int input_parse_line(const char *s, size_t n);

/* Calls found(code, ctx) for each line of f that holds a code, in order;
 * returns how many did. */
size_t input_each_code(FILE *f, void (*found)(unsigned code, void *ctx), void *ctx);

#endif
