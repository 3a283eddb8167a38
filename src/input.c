/* Reading codes from standard input.  Any input is safe: lines are cut
 * to a fixed buffer, NUL and other bytes are plain data, and a line that
 * holds no code is skipped.  It reads the descriptor with read(2), as
 * nothing else in the program needs a stdin stream. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "httpref.h"
#include "httpref_table.h"
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

const char *input_field(const struct input_response *r, const char *name)
{
	size_t i, j;

	for (i = 0; i < r->field_count; i++) {
		const char *f = r->fields[i].name;

		for (j = 0; f[j] != '\0' && name[j] != '\0' &&
		     httpref_fold((unsigned char)f[j]) == httpref_fold((unsigned char)name[j]); j++)
			;
		if (f[j] == '\0' && name[j] == '\0')
			return r->fields[i].value;
	}
	return NULL;
}

void input_start(struct input *in, input_found *found, void *ctx)
{
	in->found = found;
	in->ctx = ctx;
	in->codes = 0;
	in->open = false;
	in->in_headers = false;
	in->n = 0;
}

static void finish(struct input *in)
{
	if (in->open) {
		in->found(&in->response, in->ctx);
		in->codes++;
	}
	in->open = false;
	in->in_headers = false;
}

static void begin(struct input *in, unsigned code, const char *s, size_t n)
{
	struct input_response *r = &in->response;
	size_t i = 0, v = 0;

	finish(in);
	r->code = code;
	r->field_count = 0;
	r->cut = false;
	r->body = false;
	r->used = 0;
	r->version[0] = '\0';
	while (i < n && s[i] == ' ')
		i++;
	/* As in input_parse_line, cppcheck takes the loop to run to n. */
	// cppcheck-suppress knownConditionTrueFalse
	if (n - i > 5 && memcmp(s + i, "HTTP/", 5) == 0)
		for (i += 5; i < n && s[i] != ' ' && v + 1 < sizeof(r->version); i++)
			r->version[v++] = s[i];
	r->version[v] = '\0';
	in->open = true;
	in->in_headers = true;
}

/* Appends n bytes at used and a NUL after them (not counted in used);
 * false when they did not all fit. */
static bool store(struct input_response *r, const char *s, size_t n)
{
	size_t room;

	if (r->used + 1 >= sizeof(r->store)) {
		r->cut = true;
		return false;
	}
	room = sizeof(r->store) - r->used - 1;
	if (n > room) {
		n = room;
		r->cut = true;
	}
	memcpy(r->store + r->used, s, n);
	r->used += n;
	r->store[r->used] = '\0';
	return !r->cut;
}

static bool is_token(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

/* "Name: value", or a folded continuation of the last value. */
static void header_line(struct input *in, const char *s, size_t n)
{
	struct input_response *r = &in->response;
	struct input_field *f;
	size_t k = 0;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (s[0] == ' ' || s[0] == '\t') {
		/* obs-fold: joined to the last value, the last string stored,
		 * with one space. */
		while (n > 0 && (*s == ' ' || *s == '\t')) {
			s++;
			n--;
		}
		if (r->field_count == 0 || n == 0 || r->used == 0)
			return;
		r->used--;
		store(r, " ", 1);
		store(r, s, n);
		r->used++;
		return;
	}
	while (k < n && k < INPUT_NAME_MAX - 1 && is_token(s[k]))
		k++;
	if (k == 0 || k == n || s[k] != ':')
		return; /* not a header field: skipped, like any stray line */
	if (r->field_count == INPUT_MAX_FIELDS || r->used + 2 > sizeof(r->store)) {
		r->cut = true;
		return;
	}
	f = &r->fields[r->field_count++];
	memcpy(f->name, s, k);
	f->name[k] = '\0';
	for (k++; k < n && (s[k] == ' ' || s[k] == '\t'); k++)
		;
	f->value = r->store + r->used;
	store(r, s + k, n - k);
	r->used++; /* past the NUL */
}

static void end_line(struct input *in)
{
	size_t n = in->n;
	int code;

	if (n > 0 && in->line[n - 1] == '\r')
		n--;
	in->n = 0;
	if (n > 0 && (code = input_parse_line(in->line, n)) >= 0) {
		begin(in, (unsigned)code, in->line, n);
		return;
	}
	if (!in->open)
		return;
	if (!in->in_headers) {
		in->response.body = in->response.body || n > 0;
		return;
	}
	if (n == 0)
		in->in_headers = false;
	else
		header_line(in, in->line, n);
}

void input_feed(struct input *in, const char *buf, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (buf[i] == '\n') {
			end_line(in);
		} else if (in->n < sizeof(in->line)) {
			in->line[in->n++] = buf[i];
		} else if (in->open && in->in_headers) {
			in->response.cut = true;
		}
	}
}

void input_end(struct input *in)
{
	if (in->n > 0)
		end_line(in);
	finish(in);
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
