/* error.c: arguments echoed in messages are shown escaped and bounded. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "error.h"

static void printable_ascii_is_kept(void **state)
{
	char buf[QUOTE_SIZE];

	(void)state;
	assert_string_equal(error_quote("bad gatway", buf, sizeof(buf)), "bad gatway");
}

static void control_and_high_bytes_are_escaped(void **state)
{
	char buf[QUOTE_SIZE];

	(void)state;
	assert_string_equal(error_quote("\033[31mred\n", buf, sizeof(buf)),
			    "\\x1b[31mred\\x0a");
	assert_string_equal(error_quote("caf\xc3\xa9\xff", buf, sizeof(buf)),
			    "caf\\xc3\\xa9\\xff");
	assert_string_equal(error_quote("a\\b", buf, sizeof(buf)), "a\\\\b");
	/* DEL is a control byte too; '~' just below it is not. */
	assert_string_equal(error_quote("a\x7f~", buf, sizeof(buf)), "a\\x7f~");
	assert_string_equal(error_quote("\x01\x1f ", buf, sizeof(buf)), "\\x01\\x1f ");
}

static void long_input_is_cut_with_an_ellipsis(void **state)
{
	char arg[1000], buf[QUOTE_SIZE];

	(void)state;
	memset(arg, '\x01', sizeof(arg) - 1);
	arg[sizeof(arg) - 1] = '\0';
	error_quote(arg, buf, sizeof(buf));
	assert_true(strlen(buf) < sizeof(buf));
	assert_string_equal(buf + strlen(buf) - 3, "...");
	assert_memory_equal(buf, "\\x01\\x01", 8);
	memset(arg, 'a', sizeof(arg) - 1);
	error_quote(arg, buf, 16);
	assert_string_equal(buf, "aaaaaaaaa...");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(printable_ascii_is_kept),
		cmocka_unit_test(control_and_high_bytes_are_escaped),
		cmocka_unit_test(long_input_is_cut_with_an_ellipsis),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
