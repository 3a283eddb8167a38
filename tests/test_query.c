/* query.c: how an argument is read. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "query.h"

static struct httpref_record rec(unsigned code, const char *name,
				 const char *const *aliases, size_t naliases)
{
	struct httpref_record r = { 0 };

	r.code = (unsigned short)code;
	r.name = name;
	for (size_t i = 0; i < naliases; i++)
		r.aliases.items[i] = aliases[i];
	r.aliases.count = naliases;
	return r;
}

static void three_digits_are_a_code(void **state)
{
	struct query q;

	(void)state;
	assert_int_equal(query_parse("404", &q), QUERY_OK);
	assert_int_equal(q.kind, QUERY_CODE);
	assert_int_equal(q.code, 404);
	assert_int_equal(query_parse("000", &q), QUERY_OK);
	assert_int_equal(q.kind, QUERY_CODE);
	assert_int_equal(q.code, 0);
	assert_int_equal(query_parse("999", &q), QUERY_OK);
	assert_int_equal(q.code, 999);
}

static void other_numbers_are_not_codes(void **state)
{
	static const char *const args[] = { "40", "4044", "+200", "-1", "0404", "4 04", "4O4" };
	struct query q;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(args) / sizeof(args[0]); i++) {
		assert_int_equal(query_parse(args[i], &q), QUERY_OK);
		assert_int_equal(q.kind, QUERY_NAME);
		assert_string_equal(q.text, args[i]);
	}
}

static void spaces_around_are_dropped(void **state)
{
	struct query q;

	(void)state;
	assert_int_equal(query_parse(" 404\t", &q), QUERY_OK);
	assert_int_equal(q.kind, QUERY_CODE);
	assert_int_equal(q.code, 404);
	assert_int_equal(query_parse("  not found ", &q), QUERY_OK);
	assert_int_equal(q.kind, QUERY_NAME);
	assert_string_equal(q.text, "not found");
}

static void masks_take_x_in_any_place(void **state)
{
	struct query q;

	(void)state;
	assert_int_equal(query_parse("5xx", &q), QUERY_OK);
	assert_int_equal(q.kind, QUERY_MASK);
	assert_string_equal(q.mask, "5xx");
	assert_int_equal(query_parse("50X", &q), QUERY_OK);
	assert_string_equal(q.mask, "50x");
	assert_int_equal(query_parse("5x3", &q), QUERY_OK);
	assert_string_equal(q.mask, "5x3");
	assert_int_equal(query_parse("xxx", &q), QUERY_OK);
	assert_int_equal(q.kind, QUERY_MASK);
	assert_int_equal(query_parse("5xxx", &q), QUERY_OK);
	assert_int_equal(q.kind, QUERY_NAME);
}

static void mask_matching(void **state)
{
	struct httpref_record r503 = rec(503, "Service Unavailable", NULL, 0);
	struct httpref_record r404 = rec(404, "Not Found", NULL, 0);
	struct query q;

	(void)state;
	query_parse("5x3", &q);
	assert_true(query_matches(&q, &r503));
	assert_false(query_matches(&q, &r404));
	query_parse("50x", &q);
	assert_true(query_matches(&q, &r503));
	query_parse("4xx", &q);
	assert_false(query_matches(&q, &r503));
	assert_true(query_matches(&q, &r404));
}

static void empty_and_long_arguments_are_refused(void **state)
{
	char longarg[QUERY_MAX + 2];
	struct query q;

	(void)state;
	assert_int_equal(query_parse("", &q), QUERY_EMPTY);
	assert_int_equal(query_parse("   ", &q), QUERY_EMPTY);
	assert_int_equal(query_parse("\t\n", &q), QUERY_EMPTY);
	memset(longarg, 'a', sizeof(longarg) - 1);
	longarg[sizeof(longarg) - 1] = '\0';
	assert_int_equal(query_parse(longarg, &q), QUERY_TOO_LONG);
	longarg[QUERY_MAX] = '\0';
	assert_int_equal(query_parse(longarg, &q), QUERY_OK);
	assert_int_equal(strlen(q.text), QUERY_MAX);
}

static void names_match_ignoring_case(void **state)
{
	static const char *const aliases[] = { "Payload Too Large", "Request Entity Too Large" };
	struct httpref_record r413 = rec(413, "Content Too Large", aliases, 2);
	struct httpref_record r404 = rec(404, "Not Found", NULL, 0);
	struct query q;

	(void)state;
	query_parse("payload too LARGE", &q);
	assert_true(query_matches(&q, &r413));
	assert_true(query_exact_name(&q, &r413));
	assert_false(query_matches(&q, &r404));
	query_parse("too large", &q);
	assert_true(query_matches(&q, &r413));
	assert_false(query_exact_name(&q, &r413));
	query_parse("found", &q);
	assert_true(query_matches(&q, &r404));
	assert_false(query_exact_name(&q, &r404));
}

static void class_arguments(void **state)
{
	static const char *const good[][2] = {
		{ "5", "5xx" }, { "5xx", "5xx" }, { "4XX", "4xx" },
		{ "server-error", "5xx" }, { "Client Error", "4xx" },
		{ "client_error", "4xx" }, { "SUCCESS", "2xx" },
		{ "informational", "1xx" }, { "redirection", "3xx" },
	};
	static const char *const bad[] = {
		"6", "6xx", "5x", "50x", "55", "", "server", "server-errors", "x",
	};
	struct query q;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		assert_true(query_parse_class(good[i][0], &q));
		assert_int_equal(q.kind, QUERY_MASK);
		assert_string_equal(q.mask, good[i][1]);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_false(query_parse_class(bad[i], &q));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(three_digits_are_a_code),
		cmocka_unit_test(other_numbers_are_not_codes),
		cmocka_unit_test(spaces_around_are_dropped),
		cmocka_unit_test(masks_take_x_in_any_place),
		cmocka_unit_test(mask_matching),
		cmocka_unit_test(empty_and_long_arguments_are_refused),
		cmocka_unit_test(names_match_ignoring_case),
		cmocka_unit_test(class_arguments),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
