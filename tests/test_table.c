/* table.c over the generated table: order and lookup. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "httpref.h"

static void table_is_sorted_registered_first(void **state)
{
	struct httpref_record a, b;
	size_t i;

	(void)state;
	assert_true(httpref_record_count > 60);
	for (i = 1; i < httpref_record_count; i++) {
		httpref_get(i - 1, &a);
		httpref_get(i, &b);
		assert_true(a.code <= b.code);
		if (a.code == b.code)
			assert_true(a.status <= b.status);
		assert_int_equal(httpref_code_at(i), b.code);
		assert_string_equal(httpref_name_at(i), b.name);
	}
}

static void finds_one_record(void **state)
{
	struct httpref_record r;
	size_t first;

	(void)state;
	assert_int_equal(httpref_find(404, &first), 1);
	httpref_get(first, &r);
	assert_int_equal(r.code, 404);
	assert_string_equal(r.name, "Not Found");
	assert_int_equal(r.status, STATUS_REGISTERED);
	assert_string_equal(r.source, "IANA");
	assert_int_equal(r.cacheable, CACHEABLE_YES);
	assert_non_null(r.description);
	assert_true(r.causes.count >= 3);
	assert_non_null(strstr(r.example, "HTTP/1.1 404"));
}

static void views_match_the_data_files(void **state)
{
	struct httpref_record r;
	size_t first;

	(void)state;
	/* data/413.txt lists the two older names, in this order. */
	assert_int_equal(httpref_find(413, &first), 1);
	httpref_get(first, &r);
	assert_string_equal(r.name, "Content Too Large");
	assert_int_equal(r.aliases.count, 2);
	assert_string_equal(r.aliases.items[0], "Payload Too Large");
	assert_string_equal(r.aliases.items[1], "Request Entity Too Large");
	/* data/306.txt is reserved and carries no description of a use. */
	assert_int_equal(httpref_find(306, &first), 1);
	httpref_get(first, &r);
	assert_int_equal(r.status, STATUS_RESERVED);
}

static void finds_every_meaning_of_a_code(void **state)
{
	struct httpref_record a, b;
	size_t first;

	(void)state;
	assert_int_equal(httpref_find(420, &first), 2);
	httpref_get(first, &a);
	httpref_get(first + 1, &b);
	assert_int_equal(a.code, 420);
	assert_int_equal(b.code, 420);
	assert_string_not_equal(a.source, b.source);
	assert_int_equal(httpref_find(499, &first), 2);
	httpref_get(first, &a);
	assert_int_equal(a.status, STATUS_UNOFFICIAL);
}

static void edges_and_gaps_find_nothing(void **state)
{
	size_t first;

	(void)state;
	assert_int_equal(httpref_find(299, &first), 0);
	assert_int_equal(httpref_find(600, &first), 0);
	assert_int_equal(httpref_find(65535, &first), 0);
	assert_int_equal(httpref_find(httpref_code_at(0), &first), 1);
	assert_int_equal(first, 0);
	assert_true(httpref_find(httpref_code_at(httpref_record_count - 1), &first) >= 1);
}

static void class_and_status_names(void **state)
{
	(void)state;
	assert_string_equal(httpref_class_name(0), "No Response");
	assert_string_equal(httpref_class_name(101), "Informational");
	assert_string_equal(httpref_class_name(204), "Success");
	assert_string_equal(httpref_class_name(308), "Redirection");
	assert_string_equal(httpref_class_name(451), "Client Error");
	assert_string_equal(httpref_class_name(599), "Server Error");
	assert_null(httpref_class_name(600));
	assert_string_equal(httpref_status_name(STATUS_REGISTERED), "registered");
	assert_string_equal(httpref_status_name(STATUS_UNOFFICIAL), "unofficial");
	assert_null(httpref_status_name(STATUS_COUNT));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(table_is_sorted_registered_first),
		cmocka_unit_test(finds_one_record),
		cmocka_unit_test(views_match_the_data_files),
		cmocka_unit_test(finds_every_meaning_of_a_code),
		cmocka_unit_test(edges_and_gaps_find_nothing),
		cmocka_unit_test(class_and_status_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
