/* Reading codes from standard input.  Any input is safe: lines are cut
 * to a fixed buffer, NUL and other bytes are plain data, and a line that
 * holds no code is skipped. */
#include <stdbool.h>
#include <string.h>

#include "input.h"

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Three digits standing alone at s[i..]: not part of a longer number. */
static int code_at(const char *s, size_t n, size_t i)
{
	if (i + 3 > n || !is_digit(s[i]) || !is_digit(s[i + 1]) || !is_digit(s[i + 2]))
		return -1;
	if (i + 3 < n && s[i + 3] != ' ' && s[i + 3] != '\r')
		return -1;
	return (s[i] - '0') * 100 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
}

int input_parse_line(const char *s, size_t n)
{
	size_t i = 0, end;

	while (i < n && s[i] == ' ')
		i++;
	if (n - i >= 5 && memcmp(s + i, "HTTP/", 5) == 0) {
		i += 5;
		while (i < n && (is_digit(s[i]) || s[i] == '.'))
			i++;
		if (i == n || s[i] != ' ')
			return -1;
		while (i < n && s[i] == ' ')
			i++;
		return code_at(s, n, i);
	}
	/* A bare code: nothing but spaces (and a CR) around three digits. */
	end = n;
	while (end > i && (s[end - 1] == ' ' || s[end - 1] == '\r'))
		end--;
	return end - i == 3 ? code_at(s, end, i) : -1;
}

size_t input_each_code(FILE *f, void (*found)(unsigned code, void *ctx), void *ctx)
{
	char line[INPUT_LINE_MAX];
	size_t n = 0, codes = 0;
	int c, code;

	for (;;) {
		c = getc(f);
		if (c != EOF && c != '\n') {
			if (n < sizeof(line))
				line[n++] = (char)c;
			continue;
		}
		if (n > 0 && (code = input_parse_line(line, n)) >= 0) {
			found((unsigned)code, ctx);
			codes++;
		}
		n = 0;
		if (c == EOF)
			return codes;
	}
}
