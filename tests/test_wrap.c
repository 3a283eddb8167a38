/* wrap.c: lines stay within the width, no word is lost, and a word too
 * long for a line breaks where a reader expects it to. */
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

static void spaces_at_the_ends_are_dropped(void **state)
{
	struct capture c;

	(void)state;
	assert_string_equal(wrapped(&c, "  a b c ", 0, 0, 80), "a b c\n");
	capture_free(&c);
	/* ... at a line break too: no line ends in a space. */
	assert_string_equal(wrapped(&c, "aaa   bbb", 0, 0, 4), "aaa\nbbb\n");
	capture_free(&c);
}

static void a_word_that_fits_no_line_is_cut_at_the_edge(void **state)
{
	struct capture c;

	(void)state;
	assert_string_equal(wrapped(&c, "a abcdefghijkl b", 0, 0, 5), "a\nabcde\nfghij\nkl b\n");
	capture_free(&c);
}

static void a_url_breaks_after_a_slash(void **state)
{
	struct capture c;

	(void)state;
	assert_string_equal(wrapped(&c, "https://nginx.org/en/docs/http/"
				    "ngx_http_core_module.html#large_client_header_buffers",
				    4, 4, 40),
			    "https://nginx.org/en/docs/http/\n"
			    "    ngx_http_core_module.html#\n"
			    "    large_client_header_buffers\n");
	capture_free(&c);
	/* "://" stays whole, even where the break after ':' would fit. */
	assert_string_equal(wrapped(&c, "see https://example.com/a/b", 0, 2, 14),
			    "see\n  https://\n  example.com/\n  a/b\n");
	capture_free(&c);
	/* With no '/' to break at that fills half the line, a '.' does. */
	assert_string_equal(wrapped(&c, "see https://example.com/a/b", 0, 2, 12),
			    "see\n  https://\n  example.\n  com/a/b\n");
	capture_free(&c);
}

static void a_header_value_breaks_after_a_hyphen_or_dot(void **state)
{
	struct capture c;

	(void)state;
	assert_string_equal(wrapped(&c, "nginx.ingress.kubernetes.io/proxy-body-size: 8m",
				    4, 4, 32),
			    "nginx.ingress.kubernetes.io/\n    proxy-body-size: 8m\n");
	capture_free(&c);
	assert_string_equal(wrapped(&c, "HttpClient.DefaultRequestHeaders.ExpectContinue",
				    4, 4, 30),
			    "HttpClient.\n    DefaultRequestHeaders.\n    ExpectContinue\n");
	capture_free(&c);
}

static void a_long_word_after_a_label_moves_down_if_it_fits(void **state)
{
	struct capture c;

	(void)state;
	/* Whole on the next line, so it goes there rather than split... */
	assert_string_equal(wrapped(&c, "draft-ietf-httpbis-resumable-upload", 11, 2, 40),
			    "\n  draft-ietf-httpbis-resumable-upload\n");
	capture_free(&c);
	/* ... and split after a hyphen when it would not fit there either. */
	assert_string_equal(wrapped(&c, "draft-ietf-httpbis-resumable-upload-05,", 11, 2, 40),
			    "draft-ietf-httpbis-resumable-\n  upload-05,\n");
	capture_free(&c);
}

static void a_styled_line_is_styled_line_by_line(void **state)
{
	struct capture c;

	(void)state;
	wrap_styled(capture_open(&c), "one two three", 0, 2, 8, "<", ">");
	assert_string_equal(capture_text(&c), "<one two>\n  <three>\n");
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

/* "\xc3\xa9" (one column) back to "e", in place. */
static void unaccent(char *s)
{
	char *out = s;

	for (; *s != '\0'; s++) {
		if (s[0] == '\xc3' && s[1] == '\xa9') {
			*out++ = 'e';
			s++;
		} else {
			*out++ = *s;
		}
	}
	*out = '\0';
}

static void both_ways_break_alike(void **state)
{
	/* One accented letter sends the text down the word-by-word path; the
	 * plain text goes down the line-at-a-time path.  Their lines must
	 * not differ. */
	const char *plain = "A retry storm: after an outage every client retries "
			    "at once, with no backoff whatsoever.";
	const char *accented = "A r\xc3\xa9try storm: after an outage every client "
			       "retries at once, with no backoff whatsoever.";
	struct capture a, b;
	size_t width;

	(void)state;
	for (width = 5; width <= 70; width++) {
		wrapped(&a, plain, 3, 2, width);
		wrapped(&b, accented, 3, 2, width);
		unaccent(b.text);
		assert_string_equal(a.text, b.text);
		capture_free(&a);
		capture_free(&b);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(breaks_between_words),
		cmocka_unit_test(continuation_lines_hang),
		cmocka_unit_test(spaces_at_the_ends_are_dropped),
		cmocka_unit_test(a_word_that_fits_no_line_is_cut_at_the_edge),
		cmocka_unit_test(a_url_breaks_after_a_slash),
		cmocka_unit_test(a_header_value_breaks_after_a_hyphen_or_dot),
		cmocka_unit_test(a_long_word_after_a_label_moves_down_if_it_fits),
		cmocka_unit_test(a_styled_line_is_styled_line_by_line),
		cmocka_unit_test(counts_code_points_not_bytes),
		cmocka_unit_test(every_width_keeps_every_word),
		cmocka_unit_test(both_ways_break_alike),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
