/* wrap.c: lines stay within the width and no word is lost or split. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "capture.h"
#include "wrap.h"

static const char *wrapped(struct capture *c, const char *text, size_t col,
			   size_t hang, size_t width)
{
	wrap_text(capture_open(c), text, col, hang, width);
	return capture_text(c);
}

static void breaks_between_words(void **state)
{
	struct capture c;

	(void)state;
	assert_string_equal(wrapped(&c, "aaa bbb ccc ddd", 0, 0, 7), "aaa bbb\nccc ddd\n");
	capture_free(&c);
	assert_string_equal(wrapped(&c, "aaa bbb ccc", 0, 0, 8), "aaa bbb\nccc\n");
	capture_free(&c);
}

static void continuation_lines_hang(void **state)
{
	struct capture c;

	(void)state;
	assert_string_equal(wrapped(&c, "one two three", 4, 2, 12), "one two\n  three\n");
	capture_free(&c);
}

static void spaces_fold_to_one(void **state)
{
	struct capture c;

	(void)state;
	assert_string_equal(wrapped(&c, "  a  b   c ", 0, 0, 80), "a b c\n");
	capture_free(&c);
}

static void long_word_stands_alone(void **state)
{
	struct capture c;

	(void)state;
	assert_string_equal(wrapped(&c, "a abcdefghijkl b", 0, 0, 5), "a\nabcdefghijkl\nb\n");
	capture_free(&c);
}

static void counts_code_points_not_bytes(void **state)
{
	struct capture c;

	(void)state;
	/* "é" is two bytes but one column: nine columns fit in nine. */
	assert_string_equal(wrapped(&c, "caf\xc3\xa9 caf\xc3\xa9", 0, 0, 9),
			    "caf\xc3\xa9 caf\xc3\xa9\n");
	capture_free(&c);
	assert_int_equal(wrap_columns("caf\xc3\xa9", 5), 4);
}

static void every_width_keeps_every_word(void **state)
{
	const char *text = "The server is rate limiting this client, and the "
			   "response should explain the limit.";
	struct capture c;
	size_t width;

	(void)state;
	for (width = 12; width <= 80; width++) {
		const char *out = wrapped(&c, text, 2, 2, width);
		char joined[256];
		size_t i, n = 0;

		assert_true(widest_line(out) <= width);
		for (i = 0; out[i] != '\0' && n < sizeof(joined) - 1; i++) {
			if (out[i] == '\n' || out[i] == ' ') {
				if (n > 0 && joined[n - 1] != ' ')
					joined[n++] = ' ';
			} else {
				joined[n++] = out[i];
			}
		}
		while (n > 0 && joined[n - 1] == ' ')
			n--;
		joined[n] = '\0';
		assert_string_equal(joined, text);
		capture_free(&c);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(breaks_between_words),
		cmocka_unit_test(continuation_lines_hang),
		cmocka_unit_test(spaces_fold_to_one),
		cmocka_unit_test(long_word_stands_alone),
		cmocka_unit_test(counts_code_points_not_bytes),
		cmocka_unit_test(every_width_keeps_every_word),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
