/* Error messages: "httpref: message" on stderr, with any argument shown
 * escaped so that no control sequence reaches the terminal.  Each
 * message is formatted whole and written with one write(2), straight to
 * descriptor 2: no stdio stream is needed for the rare error. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "error.h"

static void (*divert)(const char *text, size_t n, void *ctx);
static void *divert_ctx;

void error_divert(void (*to)(const char *text, size_t n, void *ctx), void *ctx)
{
	divert = to;
	divert_ctx = ctx;
}

void error_text(const char *text)
{
	size_t n = strlen(text);
	ssize_t w;

	if (divert != NULL) {
		divert(text, n, divert_ctx);
		return;
	}
	while (n > 0 && (w = write(STDERR_FILENO, text, n)) > 0) {
		text += w;
		n -= (size_t)w;
	}
}

void error_msg(const char *fmt, ...)
{
	char line[2048];
	size_t n = sizeof("httpref: ") - 1;
	va_list ap;
	int len;

	memcpy(line, "httpref: ", n);
	va_start(ap, fmt);
	len = vsnprintf(line + n, sizeof(line) - n - 1, fmt, ap);
	va_end(ap);
	if (len < 0)
		len = 0;
	n += (size_t)len < sizeof(line) - n - 1 ? (size_t)len : sizeof(line) - n - 2;
	line[n++] = '\n';
	line[n] = '\0';
	error_text(line);
}

const char *error_quote(const char *arg, char *buf, size_t size)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *s = (const unsigned char *)arg;
	size_t out = 0;

	if (size < 8) {
		if (size > 0)
			buf[0] = '\0';
		return buf;
	}
	for (; *s != '\0'; s++) {
		/* Room for the widest escape plus "..." and the NUL. */
		if (out + 4 + 3 + 1 > size) {
			buf[out++] = '.';
			buf[out++] = '.';
			buf[out++] = '.';
			break;
		}
		if (*s >= 0x20 && *s < 0x7f && *s != '\\') {
			buf[out++] = (char)*s;
		} else if (*s == '\\') {
			buf[out++] = '\\';
			buf[out++] = '\\';
		} else {
			buf[out++] = '\\';
			buf[out++] = 'x';
			buf[out++] = hex[*s >> 4];
			buf[out++] = hex[*s & 0xf];
		}
	}
	buf[out] = '\0';
	return buf;
}
