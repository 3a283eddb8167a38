/* render.c and json.c: the full view of a record made here, not taken
 * from data/, and the one-line and JSON views of rows of the table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "capture.h"
#include "json.h"
#include "render.h"

#define FIRST_CAUSE "the first cause, long enough that it has to be wrapped " \
	"onto a second line at a width of forty columns"

static const struct httpref_record sample = {
	.code = 499,
	.status = STATUS_UNOFFICIAL,
	.cacheable = CACHEABLE_NO,
	.name = "Sample \"Quoted\" Name",
	.source = "nginx",
	.reference = "nginx documentation",
	.summary = "A summary that is one line.",
	.description = "Line one.\nA tab\there and a backslash \\.",
	.example = "HTTP/1.1 499 Sample\nServer: test\n\nbody",
	.aliases = { { "Old Name" }, 1 },
	.causes = { { FIRST_CAUSE, "the second cause" }, 2 },
	.related = { { { 404, NULL, "Why 404 instead." } }, 1 },
	.constants = { {
		{ ECO_PYTHON, "HTTPStatus.SAMPLE", NULL, 1 },
		{ ECO_PYTHON, "HTTPStatus.OLD_SAMPLE", "removed in 3.1", 0 },
		{ ECO_NODE, NULL, NULL, 1 },
	}, 3 },
	.sources = { { "https://example.org/spec" }, 1 },
};

static const struct render_opts plain40 = { .width = 40 };

static void detail_has_each_part_in_order(void **state)
{
	struct capture c;
	const char *out, *title, *cause, *ref, *rel, *ex;

	(void)state;
	render_detail(capture_open(&c), &sample, &plain40);
	out = capture_text(&c);
	title = strstr(out, "499 Sample \"Quoted\" Name\nClient Error, unofficial (nginx)\n"
			    "Also known as: Old Name\n\n  A summary that is one line.\n");
	cause = strstr(out, "Common causes\n  - the first cause,");
	ref = strstr(out, "Reference: nginx documentation\n");
	rel = strstr(out, "Related\n  404 Not Found\n    Why 404 instead.\n"
			  "Constants\n  Python        HTTPStatus.SAMPLE\n"
			  "                HTTPStatus.OLD_SAMPLE\n                (removed in 3.1)\n"
			  "  Node.js       none: use the number\n"
			  "                Node.js core has no\n");
	ex = strstr(out, "Example\n  HTTP/1.1 499 Sample\n  Server: test\n\n  body\n");
	assert_ptr_equal(title, out);
	assert_non_null(cause);
	assert_non_null(ref);
	assert_non_null(rel);
	assert_non_null(ex);
	assert_true(title < cause && cause < ref && ref < rel && rel < ex);
	assert_non_null(strstr(ex, "Sources\n  - https://example.org/spec\n"));
	assert_null(strstr(out, "How to fix it")); /* no fixes in the sample */
	assert_non_null(strstr(out, "Cacheable by default: no\n"));
	capture_free(&c);
}

static void detail_wraps_to_width_except_example(void **state)
{
	struct capture c;
	const char *out;
	char *ex;

	(void)state;
	render_detail(capture_open(&c), &sample, &plain40);
	out = capture_text(&c);
	ex = strstr(out, "Example\n");
	assert_non_null(ex);
	*ex = '\0';
	assert_true(widest_line(out) <= 40);
	assert_non_null(strstr(out, "  - the first cause, long enough that it\n    has to"));
	capture_free(&c);
}

/* The first row whose status is status. */
static size_t row_of(enum httpref_status status)
{
	struct httpref_record rec;
	size_t i;

	for (i = 0; i < httpref_record_count; i++) {
		httpref_get(i, &rec);
		if (rec.status == status)
			return i;
	}
	fail_msg("no record is %s", httpref_status_name(status));
	return 0;
}

static void plain_output_has_no_escapes(void **state)
{
	struct render_opts colour = plain40;
	struct capture c;

	(void)state;
	render_detail(capture_open(&c), &sample, &plain40);
	assert_null(strchr(capture_text(&c), '\033'));
	capture_free(&c);
	render_line(capture_open(&c), 0, &plain40);
	assert_null(strchr(capture_text(&c), '\033'));
	capture_free(&c);
	colour.colour = true;
	render_detail(capture_open(&c), &sample, &colour);
	assert_non_null(strstr(capture_text(&c), "\033[1;33m499 Sample"));
	capture_free(&c);
	render_line(capture_open(&c), 0, &colour);
	assert_non_null(strchr(capture_text(&c), '\033'));
	capture_free(&c);
}

/* A line is "CODE Name", padding, then the summary at column 38; an
 * unofficial record names its source.  Checked against the fields of
 * the record the line belongs to. */
static void line_is_code_name_summary(void **state)
{
	struct render_opts clip = { .width = 50, .clip = true };
	struct httpref_record rec;
	struct capture c;
	char want[512], code[4];
	const char *out;
	size_t row = row_of(STATUS_UNOFFICIAL);

	(void)state;
	httpref_get(0, &rec);
	render_line(capture_open(&c), 0, &plain40);
	out = capture_text(&c);
	assert_int_equal(strcspn(out, "\n"), 38 + strlen(rec.summary));
	assert_memory_equal(out + 38, rec.summary, strlen(rec.summary));
	snprintf(want, sizeof(want), "%s %s ", httpref_code_text(rec.code, code), rec.name);
	assert_memory_equal(out, want, strlen(want));
	capture_free(&c);
	httpref_get(row, &rec);
	render_line(capture_open(&c), row, &plain40);
	out = capture_text(&c);
	snprintf(want, sizeof(want), "%s %s (unofficial, %s) ",
		 httpref_code_text(rec.code, code), rec.name, rec.source);
	assert_memory_equal(out, want, strlen(want));
	assert_non_null(strstr(out, rec.summary));
	capture_free(&c);
	/* On a terminal, cut to the width with "...". */
	render_line(capture_open(&c), 0, &clip);
	out = capture_text(&c);
	assert_int_equal(strcspn(out, "\n"), 50);
	assert_memory_equal(out + 47, "...\n", 4);
	capture_free(&c);
}

/* The JSON of a row is the generator's (see test_views.c): here, that it
 * is the row's, and that records are separated. */
static void json_is_the_rows_and_records_are_separated(void **state)
{
	struct httpref_record rec;
	struct capture c;
	struct out *f;
	char want[64];
	const char *out;

	(void)state;
	httpref_get(1, &rec);
	f = capture_open(&c);
	json_begin(f);
	json_record(f, 0, true);
	json_record(f, 1, false);
	json_end(f);
	out = capture_text(&c);
	assert_int_equal(strncmp(out, "[\n  {\n    \"code\": ", 18), 0);
	snprintf(want, sizeof(want), "\n  },\n  {\n    \"code\": %u,\n", rec.code);
	assert_non_null(strstr(out, want));
	assert_string_equal(out + strlen(out) - 7, "\n  }\n]\n");
	capture_free(&c);
}

static void json_with_no_record_is_valid(void **state)
{
	struct capture c;
	struct out *f;

	(void)state;
	f = capture_open(&c);
	json_begin(f);
	json_end(f);
	assert_string_equal(capture_text(&c), "[\n]\n");
	capture_free(&c);
}

/* json_string, which --compare, --guide and the response facts use:
 * every control byte escaped, \n as \n, the others as \u00XX; quotes and
 * backslashes escaped; NULL as null. */
static void json_string_escapes_every_control_byte(void **state)
{
	char text[40], want[400];
	struct capture c;
	struct out *f;
	size_t i, w = 0;

	(void)state;
	for (i = 1; i < 32; i++)
		text[i - 1] = (char)i;
	strcpy(text + 31, "\"\\~");
	w += (size_t)snprintf(want + w, sizeof(want) - w, "\"");
	for (i = 1; i < 32; i++)
		w += (size_t)snprintf(want + w, sizeof(want) - w, i == '\n' ? "\\n" :
				      "\\u%04zx", i);
	snprintf(want + w, sizeof(want) - w, "\\\"\\\\~\"null");
	f = capture_open(&c);
	json_string(f, text);
	json_string(f, NULL);
	assert_string_equal(capture_text(&c), want);
	capture_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(detail_has_each_part_in_order),
		cmocka_unit_test(detail_wraps_to_width_except_example),
		cmocka_unit_test(plain_output_has_no_escapes),
		cmocka_unit_test(line_is_code_name_summary),
		cmocka_unit_test(json_is_the_rows_and_records_are_separated),
		cmocka_unit_test(json_with_no_record_is_valid),
		cmocka_unit_test(json_string_escapes_every_control_byte),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
