/* table.c over the generated table: order and lookup. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "httpref.h"

static void table_is_sorted_registered_first(void **state)
{
	size_t i;

	(void)state;
	assert_true(httpref_record_count > 60);
	for (i = 1; i < httpref_record_count; i++) {
		const struct httpref_record *a = &httpref_records[i - 1];
		const struct httpref_record *b = &httpref_records[i];

		assert_true(a->code <= b->code);
		if (a->code == b->code)
			assert_true(a->status <= b->status);
	}
}

static void finds_one_record(void **state)
{
	const struct httpref_record *r;

	(void)state;
	assert_int_equal(httpref_find(404, &r), 1);
	assert_int_equal(r->code, 404);
	assert_string_equal(r->name, "Not Found");
	assert_int_equal(r->status, STATUS_REGISTERED);
	assert_string_equal(r->source, "IANA");
}

static void finds_every_meaning_of_a_code(void **state)
{
	const struct httpref_record *r;

	(void)state;
	assert_int_equal(httpref_find(420, &r), 2);
	assert_int_equal(r[0].code, 420);
	assert_int_equal(r[1].code, 420);
	assert_string_not_equal(r[0].source, r[1].source);
	assert_int_equal(httpref_find(499, &r), 2);
	assert_int_equal(r[0].status, STATUS_UNOFFICIAL);
}

static void edges_and_gaps_find_nothing(void **state)
{
	const struct httpref_record *r = &httpref_records[0];

	(void)state;
	assert_int_equal(httpref_find(299, &r), 0);
	assert_null(r);
	assert_int_equal(httpref_find(600, &r), 0);
	assert_int_equal(httpref_find(65535, &r), 0);
	assert_int_equal(httpref_find(httpref_records[0].code, &r), 1);
	assert_ptr_equal(r, &httpref_records[0]);
	assert_true(httpref_find(httpref_records[httpref_record_count - 1].code, &r) >= 1);
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
		cmocka_unit_test(finds_every_meaning_of_a_code),
		cmocka_unit_test(edges_and_gaps_find_nothing),
		cmocka_unit_test(class_and_status_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
