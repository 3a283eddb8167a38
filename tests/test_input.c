/* input.c: which lines of standard input hold a code. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "input.h"

static int parse(const char *s)
{
	return input_parse_line(s, strlen(s));
}

static void status_lines(void **state)
{
	(void)state;
	assert_int_equal(parse("HTTP/1.1 503 Service Unavailable"), 503);
	assert_int_equal(parse("HTTP/2 404"), 404);
	assert_int_equal(parse("HTTP/2 404 \r"), 404);
	assert_int_equal(parse("HTTP/1.0 200 OK\r"), 200);
	assert_int_equal(parse("HTTP/3 103"), 103);
	assert_int_equal(parse("  HTTP/1.1  301 Moved"), 301);
}

static void bare_codes(void **state)
{
	(void)state;
	assert_int_equal(parse("404"), 404);
	assert_int_equal(parse("  500  "), 500);
	assert_int_equal(parse("000\r"), 0);
}

static void other_lines_hold_no_code(void **state)
{
	static const char *const lines[] = {
		"", "Location: /next", "Content-Length: 404", "4044", "40", "4O4",
		"HTTP/1.1", "HTTP/1.1 ", "HTTP/1.1 5034 x", "HTTP/1.1 4040 x",
		"HTTP/2 3001", "HTTP/1.1 abc", "HTTP/x 200",
		"HTTPS/1.1 200 OK", "404 Not Found", "http/1.1 200 OK",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++)
		assert_int_equal(parse(lines[i]), -1);
}

static void bytes_after_nul_are_data(void **state)
{
	(void)state;
	assert_int_equal(input_parse_line("HTTP/1.1 200\0junk", 17), -1);
	assert_int_equal(input_parse_line("4\0" "04", 4), -1);
	assert_int_equal(input_parse_line("404", 2), -1);
}

static unsigned found[16];
static size_t nfound;

static struct input_response last;

static void collect(const struct input_response *r, void *ctx)
{
	(void)ctx;
	if (nfound < 16)
		found[nfound++] = r->code;
	last = *r;
}

static char text[4 * INPUT_LINE_MAX + 64];

/* Status lines around an overlong line of digits: its first bytes are
 * kept, so it must not read as a code; the lines around it still count.
 * The last line has no newline. */
static size_t make_text(void)
{
	size_t n = (size_t)snprintf(text, sizeof(text), "HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n");

	memset(text + n, '2', 3 * INPUT_LINE_MAX);
	n += 3 * INPUT_LINE_MAX;
	n += (size_t)snprintf(text + n, sizeof(text) - n, "\nHTTP/2 404\n418");
	return n;
}

static void pieces_of_any_size_read_alike(void **state)
{
	struct input in;
	size_t n = make_text(), piece, at;

	(void)state;
	for (piece = 1; piece <= n; piece = piece * 3 + 1) {
		nfound = 0;
		input_start(&in, collect, NULL);
		for (at = 0; at < n; at += piece)
			input_feed(&in, text + at, n - at < piece ? n - at : piece);
		input_end(&in);
		assert_int_equal(in.codes, 3);
		assert_int_equal(found[0], 301);
		assert_int_equal(found[1], 404);
		assert_int_equal(found[2], 418);
	}
}

static void reads_a_descriptor_to_its_end(void **state)
{
	size_t n = make_text();
	FILE *f = tmpfile();

	(void)state;
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, n, f), n);
	assert_int_equal(fflush(f), 0);
	rewind(f);
	nfound = 0;
	assert_int_equal(input_read_fd(fileno(f), collect, NULL), 3);
	assert_int_equal(found[2], 418);
	fclose(f);
	/* A descriptor that cannot be read is an error, not "no codes". */
	assert_int_equal(input_read_fd(-1, collect, NULL), -1);
}

/* Header fields are kept by name, any case; a folded line joins the
 * value before it; a body is noticed and skipped. */
static void keeps_header_fields(void **state)
{
	static const char response[] =
		"HTTP/2 503\r\n"
		"retry-after: 120\r\n"
		"X-Long: first part\r\n"
		"   and a folded part\r\n"
		"not a header line\r\n"
		":status: 503\r\n"
		"Server:\tnginx  \r\n"
		"\r\n"
		"<html>body</html>\r\n";
	struct input in;

	(void)state;
	nfound = 0;
	input_start(&in, collect, NULL);
	input_feed(&in, response, sizeof(response) - 1);
	input_end(&in);
	assert_int_equal(nfound, 1);
	assert_int_equal(last.code, 503);
	assert_string_equal(last.version, "2");
	assert_int_equal(last.field_count, 3);
	assert_string_equal(input_field(&last, "Retry-After"), "120");
	assert_string_equal(input_field(&last, "x-long"), "first part and a folded part");
	assert_string_equal(input_field(&last, "server"), "nginx");
	assert_null(input_field(&last, "Location"));
	assert_true(last.body);
	assert_false(last.cut);
}

/* More fields than fit, or a value longer than the store, are cut and
 * the response says so; nothing is written past the store. */
static void too_many_fields_are_cut(void **state)
{
	static char big[INPUT_FIELDS_SIZE * 2];
	struct input in;
	size_t n, i;

	(void)state;
	n = (size_t)snprintf(big, sizeof(big), "HTTP/1.1 200 OK\n");
	for (i = 0; i < INPUT_MAX_FIELDS + 5; i++)
		n += (size_t)snprintf(big + n, sizeof(big) - n, "F%zu: v\n", i);
	nfound = 0;
	input_start(&in, collect, NULL);
	input_feed(&in, big, n);
	input_end(&in);
	assert_int_equal(last.field_count, INPUT_MAX_FIELDS);
	assert_true(last.cut);
	n = (size_t)snprintf(big, sizeof(big), "HTTP/1.1 200 OK\n");
	for (i = 0; n + INPUT_LINE_MAX + 8 < sizeof(big); i++) {
		n += (size_t)snprintf(big + n, sizeof(big) - n, "Long%zu: ", i);
		memset(big + n, 'v', INPUT_LINE_MAX - 16);
		n += INPUT_LINE_MAX - 16;
		big[n++] = '\n';
	}
	input_start(&in, collect, NULL);
	input_feed(&in, big, n);
	input_end(&in);
	assert_true(last.cut);
	assert_true(last.used <= sizeof(last.store));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(status_lines),
		cmocka_unit_test(bare_codes),
		cmocka_unit_test(other_lines_hold_no_code),
		cmocka_unit_test(bytes_after_nul_are_data),
		cmocka_unit_test(pieces_of_any_size_read_alike),
		cmocka_unit_test(reads_a_descriptor_to_its_end),
		cmocka_unit_test(keeps_header_fields),
		cmocka_unit_test(too_many_fields_are_cut),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
