/* pager.c: how tall output is on the screen, and which pager is asked
 * for.  Starting a pager is tested on a terminal, in tests/pager.sh. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "pager.h"

static size_t rows(const char *s, size_t cols)
{
	return pager_rows(s, strlen(s), cols, 1000);
}

/* n copies of s, one after another, in buf. */
static char *times(char *buf, const char *s, size_t n)
{
	buf[0] = '\0';
	while (n-- > 0)
		strcat(buf, s);
	return buf;
}

static void a_line_is_a_row(void **state)
{
	(void)state;
	assert_int_equal(rows("a\nb\n", 80), 2);
	assert_int_equal(rows("\n\n\n", 80), 3);
	assert_int_equal(rows("no newline at the end", 80), 1);
	assert_int_equal(rows("", 80), 0);
}

static void long_lines_fold(void **state)
{
	char buf[512];

	(void)state;
	assert_int_equal(rows(times(buf, "x", 80), 80), 1);
	assert_int_equal(rows(strcat(times(buf, "x", 81), "\n"), 80), 2);
	assert_int_equal(rows(times(buf, "x", 160), 80), 2);
	assert_int_equal(rows(times(buf, "x", 161), 80), 3);
	assert_int_equal(rows(times(buf, "\tx", 10), 80), 2);
}

static void colour_and_utf8_take_no_extra_columns(void **state)
{
	char buf[512];

	(void)state;
	strcpy(buf, "\033[1;31m");
	times(buf + strlen(buf), "x", 40);
	strcat(buf, "\033[0m\n");
	assert_int_equal(rows(buf, 40), 1);
	assert_int_equal(rows(times(buf, "\xc3\xa9", 40), 40), 1);
	assert_int_equal(rows(times(buf, "\xc3\xa9", 41), 40), 2);
}

static void counting_stops_at_the_limit(void **state)
{
	char buf[512];

	(void)state;
	assert_int_equal(pager_rows(times(buf, "a\n", 100), 200, 80, 24), 24);
}

static void which_pager(void **state)
{
	(void)state;
	unsetenv("HTTPREF_PAGER");
	unsetenv("PAGER");
	assert_string_equal(pager_command(), "less");
	setenv("PAGER", "more", 1);
	assert_string_equal(pager_command(), "more");
	setenv("HTTPREF_PAGER", "most -s", 1);
	assert_string_equal(pager_command(), "most -s");
	setenv("HTTPREF_PAGER", "", 1);
	assert_null(pager_command());
	setenv("HTTPREF_PAGER", "cat", 1);
	assert_null(pager_command());
	unsetenv("HTTPREF_PAGER");
	setenv("PAGER", "cat", 1);
	assert_null(pager_command());
	setenv("PAGER", "", 1);
	assert_null(pager_command());
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_line_is_a_row),
		cmocka_unit_test(long_lines_fold),
		cmocka_unit_test(colour_and_utf8_take_no_extra_columns),
		cmocka_unit_test(counting_stops_at_the_limit),
		cmocka_unit_test(which_pager),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
