/* Error messages: "httpref: message" on stderr, with any argument shown
 * escaped so that no control sequence reaches the terminal. */
#include <stdarg.h>
#include <stdio.h>

#include "error.h"

void error_msg(const char *fmt, ...)
{
	va_list ap;

	fputs("httpref: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
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
