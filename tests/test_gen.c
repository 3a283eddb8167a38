/* The generator's reader: what it makes of a good file, and that CRLF
 * line ends, a byte order mark and a missing final newline change nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "gen/gen.h"

static struct gen_record lf, crlf;

static void reads_every_kind_of_field(void **state)
{
	(void)state;
	assert_true(gen_parse_file("tests/gen/good/lf/404.txt", &lf));
	assert_int_equal(lf.code, 404);
	assert_int_equal(lf.status, STATUS_REGISTERED);
	assert_int_equal(lf.cacheable, CACHEABLE_YES);
	assert_string_equal(lf.value[F_NAME], "Not Found");
	assert_string_equal(lf.value[F_REFERENCE], "RFC 9110, section 15.5.5");
	assert_string_equal(lf.value[F_DESCRIPTION],
			    "A first line of text and its continuation.");
	/* "is  at" in the fixture: prose keeps one space between words. */
	assert_string_equal(lf.value[F_SUMMARY], "Nothing is at this address.");
	assert_int_equal(lf.list[F_CAUSES].count, 2);
	assert_string_equal(lf.list[F_CAUSES].items[0], "A link with a typo.");
	assert_string_equal(lf.list[F_CAUSES].items[1],
			    "A page that was moved without a redirect.");
	assert_int_equal(lf.list[F_CAUSES].lines[1], 12);
	assert_int_equal(lf.related_count, 1);
	assert_int_equal(lf.related[0].code, 410);
	assert_null(lf.related[0].source);
	assert_string_equal(lf.related[0].why,
			    "Say 410 when the resource is known to be gone for good.");
	assert_int_equal(lf.related[0].line, 16);
	assert_int_equal(lf.constant_count, 3);
	assert_int_equal(lf.constants[0].ecosystem, ECO_PYTHON);
	assert_string_equal(lf.constants[0].name, "HTTPStatus.NOT_FOUND");
	assert_null(lf.constants[0].note);
	assert_true(lf.constants[0].current);
	assert_string_equal(lf.constants[1].name, "http.StatusNotFound");
	assert_string_equal(lf.constants[1].note, "a note");
	assert_int_equal(lf.constants[2].ecosystem, ECO_JAVA);
	assert_null(lf.constants[2].name);
	assert_int_equal(lf.list[F_SOURCES].count, 2);
	assert_string_equal(lf.value[F_EXAMPLE], "HTTP/1.1 404 Not Found\n\ngone");
	assert_int_equal(lf.line[F_EXAMPLE], 25);
	assert_int_equal(lf.line[F_FIXES], 0);
}

static void crlf_and_bom_read_the_same(void **state)
{
	enum gen_field f;
	size_t i;

	(void)state;
	assert_true(gen_parse_file("tests/gen/good/crlf-bom/404.txt", &crlf));
	assert_int_equal(crlf.code, lf.code);
	assert_int_equal(crlf.status, lf.status);
	assert_int_equal(crlf.cacheable, lf.cacheable);
	assert_int_equal(crlf.related_count, lf.related_count);
	assert_string_equal(crlf.related[0].why, lf.related[0].why);
	assert_int_equal(crlf.constant_count, lf.constant_count);
	for (f = 0; f < F_COUNT; f++) {
		assert_int_equal(crlf.line[f], lf.line[f]);
		if (lf.value[f] != NULL)
			assert_string_equal(crlf.value[f], lf.value[f]);
		assert_int_equal(crlf.list[f].count, lf.list[f].count);
		for (i = 0; i < lf.list[f].count; i++)
			assert_string_equal(crlf.list[f].items[i], lf.list[f].items[i]);
	}
}

static void refuses_a_bad_file(void **state)
{
	struct gen_record rec;
	unsigned before = gen_error_count();

	(void)state;
	assert_false(gen_parse_file("tests/gen/bad/several-problems/404.txt", &rec));
	assert_int_equal(gen_error_count() - before, 4);
	assert_false(gen_parse_file("tests/gen/does-not-exist.txt", &rec));
}

static void sorts_registered_meaning_first(void **state)
{
	struct gen_record recs[3];

	(void)state;
	assert_true(gen_parse_file("tests/gen/good/two-meanings/420-twitter.txt", &recs[0]));
	assert_true(gen_parse_file("tests/gen/good/two-meanings/420-spring.txt", &recs[1]));
	assert_true(gen_parse_file("tests/gen/good/two-meanings/200.txt", &recs[2]));
	gen_sort(recs, 3);
	assert_int_equal(recs[0].code, 200);
	assert_string_equal(recs[1].value[F_SOURCE], "Spring Framework");
	assert_string_equal(recs[2].value[F_SOURCE], "Twitter");
	assert_int_equal(gen_lookup(recs, 3, 420)->code, 420);
	assert_null(gen_lookup(recs, 3, 404));
	assert_ptr_equal(gen_find_meaning(recs, 3, 420, "twitter"), &recs[2]);
	assert_ptr_equal(gen_find_meaning(recs, 3, 420, "SPRING"), &recs[1]);
	assert_null(gen_find_meaning(recs, 3, 420, "Spr"));
	assert_null(gen_find_meaning(recs, 3, 420, "esri"));
	assert_non_null(gen_find_meaning(recs, 3, 420, NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(reads_every_kind_of_field),
		cmocka_unit_test(crlf_and_bom_read_the_same),
		cmocka_unit_test(refuses_a_bad_file),
		cmocka_unit_test(sorts_registered_meaning_first),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
