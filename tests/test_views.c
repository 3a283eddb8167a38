/* The generator's views (src/gen/views.c), which httpref prints as they
 * are: the one-line view and the JSON object of a record made here, not
 * taken from data/. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "gen/gen.h"

static struct gen_record sample;

static int setup(void **state)
{
	(void)state;
	memset(&sample, 0, sizeof(sample));
	sample.code = 499;
	sample.status = STATUS_UNOFFICIAL;
	sample.cacheable = CACHEABLE_NO;
	sample.value[F_NAME] = "Sample \"Quoted\" Name";
	sample.value[F_SOURCE] = "nginx";
	sample.value[F_REFERENCE] = "nginx documentation";
	sample.value[F_SUMMARY] = "A summary that is one line.";
	sample.value[F_DESCRIPTION] = "Line one.\nA tab\there and a backslash \\.";
	sample.value[F_EXAMPLE] = "HTTP/1.1 499 Sample\nServer: test\n\nbody";
	sample.list[F_ALIASES].items[0] = "Old Name";
	sample.list[F_ALIASES].count = 1;
	sample.list[F_CAUSES].items[0] = "the first cause";
	sample.list[F_CAUSES].items[1] = "the second cause";
	sample.list[F_CAUSES].count = 2;
	sample.list[F_SOURCES].items[0] = "https://example.org/spec";
	sample.list[F_SOURCES].count = 1;
	sample.related[0].code = 404;
	sample.related[0].why = "Why 404 instead.";
	sample.related[1].code = 499;
	sample.related[1].source = "esri";
	sample.related[1].why = "Esri's.";
	sample.related_count = 2;
	sample.constants[0] = (struct gen_constant){ ECO_PYTHON, "HTTPStatus.SAMPLE", NULL, true, 0 };
	sample.constants[1] = (struct gen_constant){ ECO_PYTHON, "HTTPStatus.OLD_SAMPLE",
						     "removed in 3.1", false, 0 };
	sample.constants[2] = (struct gen_constant){ ECO_NODE, NULL, NULL, true, 0 };
	sample.constant_count = 3;
	return 0;
}

static void json_escapes_and_orders_fields(void **state)
{
	static char out[4096];

	(void)state;
	assert_true(gen_json_view(&sample, out, sizeof(out)));
	assert_string_equal(out,
		"\n  {\n"
		"    \"code\": 499,\n"
		"    \"name\": \"Sample \\\"Quoted\\\" Name\",\n"
		"    \"class\": \"Client Error\",\n"
		"    \"status\": \"unofficial\",\n"
		"    \"source\": \"nginx\",\n"
		"    \"reference\": \"nginx documentation\",\n"
		"    \"aliases\": [\"Old Name\"],\n"
		"    \"summary\": \"A summary that is one line.\",\n"
		"    \"description\": \"Line one.\\nA tab\\u0009here and a backslash \\\\.\",\n"
		"    \"causes\": [\"the first cause\", \"the second cause\"],\n"
		"    \"fixes\": [],\n"
		"    \"mistakes\": [],\n"
		"    \"insight\": null,\n"
		"    \"headers\": [],\n"
		"    \"cacheable\": false,\n"
		"    \"retry\": null,\n"
		"    \"clients\": null,\n"
		"    \"related\": [\n"
		"      {\"code\": 404, \"why\": \"Why 404 instead.\"},\n"
		"      {\"code\": 499, \"source\": \"esri\", \"why\": \"Esri's.\"}\n    ],\n"
		"    \"constants\": [\n"
		"      {\"ecosystem\": \"python\", \"constant\": \"HTTPStatus.SAMPLE\", "
		"\"note\": null, \"current\": true},\n"
		"      {\"ecosystem\": \"python\", \"constant\": \"HTTPStatus.OLD_SAMPLE\", "
		"\"note\": \"removed in 3.1\", \"current\": false},\n"
		"      {\"ecosystem\": \"node\", \"constant\": null, \"note\": null, "
		"\"current\": true}\n    ],\n"
		"    \"sources\": [\"https://example.org/spec\"],\n"
		"    \"example\": \"HTTP/1.1 499 Sample\\nServer: test\\n\\nbody\"\n"
		"  }");
}

static void json_of_a_bare_record_has_every_key(void **state)
{
	static char out[4096];
	struct gen_record bare;

	(void)state;
	memset(&bare, 0, sizeof(bare));
	bare.code = 204;
	bare.value[F_NAME] = "No Content";
	assert_true(gen_json_view(&bare, out, sizeof(out)));
	assert_non_null(strstr(out, "\"status\": \"registered\",\n"));
	assert_non_null(strstr(out, "\"source\": \"\",\n"));
	assert_non_null(strstr(out, "\"cacheable\": null,\n"));
	assert_non_null(strstr(out, "\"related\": [],\n    \"constants\": [],\n"));
	assert_non_null(strstr(out, "\"example\": null\n  }"));
}

/* Every control byte is escaped: \n as \n, the others as \u00XX, so the
 * output stays valid JSON whatever the data holds. */
static void json_escapes_every_control_byte(void **state)
{
	static char out[4096];
	char text[40], want[400];
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
	sample.value[F_INSIGHT] = text;
	assert_true(gen_json_view(&sample, out, sizeof(out)));
	assert_non_null(strstr(out, want));
}

static void json_that_does_not_fit_is_refused(void **state)
{
	char out[64];

	(void)state;
	assert_false(gen_json_view(&sample, out, sizeof(out)));
	assert_true(strlen(out) < sizeof(out));
}

static void line_names_the_source_then_the_summary(void **state)
{
	char out[256];
	size_t head;

	(void)state;
	assert_true(gen_line_view(&sample, out, sizeof(out), &head));
	/* Past the summary's column: one space between. */
	assert_string_equal(out, "Sample \"Quoted\" Name (unofficial, nginx) "
			    "A summary that is one line.");
	assert_int_equal(head, strlen("Sample \"Quoted\" Name (unofficial, nginx) "));
}

static void line_pads_a_short_name_to_the_summary_column(void **state)
{
	char out[256];
	struct gen_record rec;
	size_t head;

	(void)state;
	memset(&rec, 0, sizeof(rec));
	rec.code = 404;
	rec.value[F_NAME] = "Not Found";
	rec.value[F_SUMMARY] = "Nothing here.";
	assert_true(gen_line_view(&rec, out, sizeof(out), &head));
	/* "404 " and the rest: the summary starts at column 38. */
	assert_int_equal(head, 38 - 4);
	assert_string_equal(out, "Not Found                         Nothing here.");
	rec.status = STATUS_DEPRECATED;
	assert_true(gen_line_view(&rec, out, sizeof(out), &head));
	assert_string_equal(out, "Not Found (deprecated)            Nothing here.");
	/* Names are counted in columns, not bytes. */
	rec.status = STATUS_REGISTERED;
	rec.value[F_NAME] = "Caf\xc3\xa9";
	assert_true(gen_line_view(&rec, out, sizeof(out), &head));
	assert_int_equal(head, strlen("Caf\xc3\xa9") + 38 - 4 - 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(json_escapes_and_orders_fields, setup),
		cmocka_unit_test(json_of_a_bare_record_has_every_key),
		cmocka_unit_test_setup(json_escapes_every_control_byte, setup),
		cmocka_unit_test_setup(json_that_does_not_fit_is_refused, setup),
		cmocka_unit_test_setup(line_names_the_source_then_the_summary, setup),
		cmocka_unit_test(line_pads_a_short_name_to_the_summary_column),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
