/* Reading codes from standard input.  Any input is safe: lines are cut
 * to a fixed buffer, NUL and other bytes are plain data, and a line that
 * holds no code is skipped.  It reads the descriptor with read(2), as
 * nothing else in the program needs a stdin stream. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "httpref.h"
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
	return (int)httpref_code_value(s + i);
}

int input_parse_line(const char *s, size_t n)
{
	size_t i = 0, end;

	while (i < n && s[i] == ' ')
		i++;
	/* cppcheck takes the loop above to always run to n; it stops at the
	 * first byte that is not a space. */
	// cppcheck-suppress knownConditionTrueFalse
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
	// cppcheck-suppress knownConditionTrueFalse
	return end - i == 3 ? code_at(s, end, i) : -1;
}

void input_start(struct input *in, input_found *found, void *ctx)
{
	in->found = found;
	in->ctx = ctx;
	in->codes = 0;
	in->n = 0;
}

static void end_line(struct input *in)
{
	int code;

	if (in->n > 0 && (code = input_parse_line(in->line, in->n)) >= 0) {
		in->found((unsigned)code, in->ctx);
		in->codes++;
	}
	in->n = 0;
}

void input_feed(struct input *in, const char *buf, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (buf[i] == '\n')
			end_line(in);
		else if (in->n < sizeof(in->line))
			in->line[in->n++] = buf[i];
	}
}

void input_end(struct input *in)
{
	end_line(in);
}

long input_read_fd(int fd, input_found *found, void *ctx)
{
	struct input in;
	char buf[4096];
	ssize_t n;

	input_start(&in, found, ctx);
	for (;;) {
		n = read(fd, buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0)
			break;
		input_feed(&in, buf, (size_t)n);
	}
	input_end(&in);
	return (long)in.codes;
}
