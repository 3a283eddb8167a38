/* One error idiom for the whole program: "httpref: message" on stderr. */
#ifndef ERROR_H
#define ERROR_H

#include <stddef.h>

/* The documented exit statuses (httpref(1), EXIT STATUS). */
enum {
	EXIT_FOUND = 0,
	EXIT_NOT_FOUND = 1,
	EXIT_USAGE = 2,
	EXIT_OUTPUT = 3,
};

/* "httpref: " and the message, on stderr; a message wider than
 * ERROR_WIDTH columns goes on over lines indented by ERROR_HANG. */
void error_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Writes text to stderr as it is. */
void error_text(const char *text);
/* Sends every message to "to" instead of stderr, until called with NULL. */
void error_divert(void (*to)(const char *text, size_t n, void *ctx), void *ctx);

/* Writes arg into buf as it may be shown on a terminal: printable ASCII
 * as is, everything else as \xNN, cut to fit with "..." at the end. */
const char *error_quote(const char *arg, char *buf, size_t size);

/* An argument is shown in at most QUOTE_SIZE - 1 bytes, so that the
 * message that names it still fits on a line of ERROR_WIDTH columns. */
#define QUOTE_SIZE 41
#define ERROR_WIDTH 80
#define ERROR_HANG 2

#endif
