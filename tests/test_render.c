/* render.c and json.c on a record made here, not taken from data/. */
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

static void plain_output_has_no_escapes(void **state)
{
	struct render_opts colour = plain40;
	struct capture c;

	(void)state;
	render_detail(capture_open(&c), &sample, &plain40);
	assert_null(strchr(capture_text(&c), '\033'));
	capture_free(&c);
	render_line(capture_open(&c), &sample, &plain40);
	assert_null(strchr(capture_text(&c), '\033'));
	capture_free(&c);
	colour.colour = true;
	render_detail(capture_open(&c), &sample, &colour);
	assert_non_null(strstr(capture_text(&c), "\033[1;33m499 Sample"));
	capture_free(&c);
}

static void line_is_code_name_summary(void **state)
{
	struct render_opts clip = { .width = 50, .clip = true };
	struct httpref_record first;
	struct capture c;

	(void)state;
	render_line(capture_open(&c), &sample, &plain40);
	assert_string_equal(capture_text(&c),
			    "499 Sample \"Quoted\" Name (unofficial, nginx) "
			    "A summary that is one line.\n");
	capture_free(&c);
	httpref_get(0, &first);
	render_line(capture_open(&c), &first, &plain40);
	assert_int_equal(strcspn(capture_text(&c), "\n"), 38 + strlen(first.summary));
	capture_free(&c);
	render_line(capture_open(&c), &sample, &clip);
	assert_string_equal(capture_text(&c),
			    "499 Sample \"Quoted\" Name (unofficial, nginx) A...\n");
	capture_free(&c);
}

static void json_escapes_and_orders_fields(void **state)
{
	struct capture c;
	struct out *f;

	(void)state;
	f = capture_open(&c);
	json_begin(f);
	json_record(f, &sample, true);
	json_end(f);
	assert_string_equal(capture_text(&c),
		"[\n  {\n"
		"    \"code\": 499,\n"
		"    \"name\": \"Sample \\\"Quoted\\\" Name\",\n"
		"    \"class\": \"Client Error\",\n"
		"    \"status\": \"unofficial\",\n"
		"    \"source\": \"nginx\",\n"
		"    \"reference\": \"nginx documentation\",\n"
		"    \"aliases\": [\"Old Name\"],\n"
		"    \"summary\": \"A summary that is one line.\",\n"
		"    \"description\": \"Line one.\\nA tab\\u0009here and a backslash \\\\.\",\n"
		"    \"causes\": [\"the first cause, long enough that it has to be wrapped onto "
		"a second line at a width of forty columns\", \"the second cause\"],\n"
		"    \"fixes\": [],\n"
		"    \"mistakes\": [],\n"
		"    \"insight\": null,\n"
		"    \"headers\": [],\n"
		"    \"cacheable\": false,\n"
		"    \"retry\": null,\n"
		"    \"clients\": null,\n"
		"    \"related\": [\n"
		"      {\"code\": 404, \"why\": \"Why 404 instead.\"}\n    ],\n"
		"    \"constants\": [\n"
		"      {\"ecosystem\": \"python\", \"constant\": \"HTTPStatus.SAMPLE\", "
		"\"note\": null, \"current\": true},\n"
		"      {\"ecosystem\": \"python\", \"constant\": \"HTTPStatus.OLD_SAMPLE\", "
		"\"note\": \"removed in 3.1\", \"current\": false},\n"
		"      {\"ecosystem\": \"node\", \"constant\": null, \"note\": null, "
		"\"current\": true}\n    ],\n"
		"    \"sources\": [\"https://example.org/spec\"],\n"
		"    \"example\": \"HTTP/1.1 499 Sample\\nServer: test\\n\\nbody\"\n"
		"  }\n]\n");
	capture_free(&c);
}

/* Every control byte is escaped: \n as \n, the others as \u00XX, so the
 * output stays valid JSON whatever the data holds. */
static void json_escapes_every_control_byte(void **state)
{
	struct httpref_record rec = sample;
	char text[40], want[400];
	struct capture c;
	struct out *f;
	size_t i, w = 0;

	(void)state;
	for (i = 1; i < 32; i++)
		text[i - 1] = (char)i;
	text[31] = '\x7f';
	text[32] = '\0';
	for (i = 1; i < 32; i++)
		w += (size_t)snprintf(want + w, sizeof(want) - w, i == '\n' ? "\\n" :
				      "\\u%04zx", i);
	snprintf(want + w, sizeof(want) - w, "\x7f");
	rec.insight = text;
	f = capture_open(&c);
	json_record(f, &rec, true);
	assert_non_null(strstr(capture_text(&c), want));
	capture_free(&c);
}

static void json_separates_records_and_empty_is_valid(void **state)
{
	struct capture c;
	struct out *f;
	const char *out;

	(void)state;
	f = capture_open(&c);
	json_begin(f);
	json_end(f);
	assert_string_equal(capture_text(&c), "[\n]\n");
	capture_free(&c);
	f = capture_open(&c);
	json_begin(f);
	json_record(f, &sample, true);
	json_record(f, &sample, false);
	json_end(f);
	out = capture_text(&c);
	assert_non_null(strstr(out, "\n  },\n  {\n    \"code\": 499"));
	capture_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(detail_has_each_part_in_order),
		cmocka_unit_test(json_escapes_every_control_byte),
		cmocka_unit_test(detail_wraps_to_width_except_example),
		cmocka_unit_test(plain_output_has_no_escapes),
		cmocka_unit_test(line_is_code_name_summary),
		cmocka_unit_test(json_escapes_and_orders_fields),
		cmocka_unit_test(json_separates_records_and_empty_is_valid),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
