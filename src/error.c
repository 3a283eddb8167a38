/* Error messages: "httpref: message" on stderr, with any argument shown
 * escaped so that no control sequence reaches the terminal, and folded
 * to fit a terminal of 80 columns.  Each
 * message is formatted whole and written with one write(2), straight to
 * descriptor 2: no stdio stream is needed for the rare error. */
#include <stdarg.h>
#include <stdbool.h>
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

/* Where to break a line of s that starts at column col: the last space
 * before which it fits ERROR_WIDTH, preferring one after a comma or a
 * semicolon when that still fills more than half the line; 0 if even the first
 * word is too wide. */
static size_t break_at(const char *s, size_t len, size_t col)
{
	size_t i, last = 0, clause = 0;

	for (i = 0; i < len && col <= ERROR_WIDTH; i++) {
		if (s[i] == ' ' && i > 0) {
			last = i;
			if ((s[i - 1] == ',' || s[i - 1] == ';') && col > ERROR_WIDTH / 2)
				clause = i;
		}
		col += ((unsigned char)s[i] & 0xc0) != 0x80;
	}
	if (col <= ERROR_WIDTH)
		return len;
	return clause > 0 ? clause : last;
}

/* Folds a message so that no line passes ERROR_WIDTH columns; each line
 * after the first starts with ERROR_HANG spaces.  A word wider than a line
 * stands whole.  out has room for twice what comes in. */
static void fold(const char *in, char *out, size_t size)
{
	size_t o = 0, col = 0, len, cut;

	for (;;) {
		len = strcspn(in, "\n");
		cut = break_at(in, len, col);
		if (cut == 0)
			cut = strcspn(in, " \n");
		if (o + cut + ERROR_HANG + 2 >= size)
			break;
		memcpy(out + o, in, cut);
		o += cut;
		in += cut;
		while (*in == ' ')
			in++;
		if (*in == '\n')
			in++;
		if (*in == '\0')
			break;
		out[o++] = '\n';
		memset(out + o, ' ', ERROR_HANG);
		o += ERROR_HANG;
		col = ERROR_HANG;
	}
	out[o++] = '\n';
	out[o] = '\0';
}

void error_msg(const char *fmt, ...)
{
	char line[2048], folded[sizeof(line) * 2];
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
	line[n] = '\0';
	fold(line, folded, sizeof(folded));
	error_text(folded);
}

/* The bytes arg takes once escaped. */
static size_t quoted_length(const unsigned char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += *s == '\\' ? 2 : *s >= 0x20 && *s < 0x7f ? 1 : 4;
	return n;
}

const char *error_quote(const char *arg, char *buf, size_t size)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *s = (const unsigned char *)arg;
	size_t out = 0;
	bool whole;

	if (size < 8) {
		if (size > 0)
			buf[0] = '\0';
		return buf;
	}
	whole = quoted_length(s) < size;
	for (; *s != '\0'; s++) {
		/* Unless it all fits, room for the widest escape plus "..."
		 * and the NUL. */
		if (!whole && out + 4 + 3 + 1 > size) {
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
