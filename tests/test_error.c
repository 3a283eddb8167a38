/* error.c: arguments echoed in messages are shown escaped and bounded,
 * and messages fold to 80 columns. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
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
	/* One that fits whole is not cut, to the last byte. */
	arg[15] = '\0';
	assert_string_equal(error_quote(arg, buf, 16), "aaaaaaaaaaaaaaa");
	arg[16] = 'a';
	arg[16 - 1] = '\x01';
	assert_string_equal(error_quote(arg, buf, 16), "aaaaaaaaa...");
}

/* Messages are caught through error_divert instead of stderr. */
static char caught[4096];

static void catch(const char *text, size_t n, void *ctx)
{
	size_t used = strlen(caught);

	(void)ctx;
	if (n < sizeof(caught) - used) {
		memcpy(caught + used, text, n);
		caught[used + n] = '\0';
	}
}

static const char *message(const char *text)
{
	caught[0] = '\0';
	error_divert(catch, NULL);
	error_msg("%s", text);
	error_divert(NULL, NULL);
	return caught;
}

static void a_short_message_is_one_line(void **state)
{
	(void)state;
	assert_string_equal(message("'4O4': no such code"), "httpref: '4O4': no such code\n");
}

static void a_long_message_folds_under_two_spaces(void **state)
{
	(void)state;
	/* 80 columns exactly stay on one line; one more folds. */
	assert_string_equal(message("aaaaaaaaa bbbbbbbbb ccccccccc ddddddddd eeeeeeeee "
				    "fffffffff ggggggggggg"),
			    "httpref: aaaaaaaaa bbbbbbbbb ccccccccc ddddddddd eeeeeeeee "
			    "fffffffff ggggggggggg\n");
	assert_string_equal(message("aaaaaaaaa bbbbbbbbb ccccccccc ddddddddd eeeeeeeee "
				    "fffffffff gggggggggggg"),
			    "httpref: aaaaaaaaa bbbbbbbbb ccccccccc ddddddddd eeeeeeeee "
			    "fffffffff\n  gggggggggggg\n");
}

static void a_fold_prefers_the_end_of_a_clause(void **state)
{
	(void)state;
	assert_string_equal(message("'40': not a status code (a code has three digits); did "
				    "you mean 400 Bad Request, 401 Unauthorized?"),
			    "httpref: '40': not a status code (a code has three digits);\n"
			    "  did you mean 400 Bad Request, 401 Unauthorized?\n");
	/* Not when the line would end before half the width. */
	assert_string_equal(message("one, two three four five six seven eight nine ten eleven "
				    "twelve thirteen"),
			    "httpref: one, two three four five six seven eight nine ten eleven "
			    "twelve\n  thirteen\n");
}

static void a_word_wider_than_a_line_stays_whole(void **state)
{
	char word[101], text[256], want[256];

	(void)state;
	memset(word, 'w', 100);
	word[100] = '\0';
	snprintf(text, sizeof(text), "x %s y", word);
	snprintf(want, sizeof(want), "httpref: x\n  %s\n  y\n", word);
	assert_string_equal(message(text), want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(printable_ascii_is_kept),
		cmocka_unit_test(control_and_high_bytes_are_escaped),
		cmocka_unit_test(long_input_is_cut_with_an_ellipsis),
		cmocka_unit_test(a_short_message_is_one_line),
		cmocka_unit_test(a_long_message_folds_under_two_spaces),
		cmocka_unit_test(a_fold_prefers_the_end_of_a_clause),
		cmocka_unit_test(a_word_wider_than_a_line_stays_whole),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
