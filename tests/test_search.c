/* search.c and suggest.c over the real table: ranking and near misses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "search.h"
#include "suggest.h"

static struct search_hit hits[HTTPREF_MAX_RECORDS];

static const char *name(size_t i)
{
	return httpref_name_at(hits[i].index);
}

static unsigned code(size_t i)
{
	return httpref_code_at(hits[i].index);
}

static void name_hits_rank_first(void **state)
{
	size_t n, i;

	(void)state;
	assert_int_equal(search_run("timeout", hits, &n), SEARCH_OK);
	assert_true(n >= 3);
	/* Every record named for the word comes before any that only
	 * mention it. */
	for (i = 1; i < n; i++)
		assert_true(hits[i - 1].score >= hits[i].score);
	assert_non_null(strstr(name(0), "Timeout"));
	for (i = 0; i < n && strstr(name(i), "Timeout") != NULL; i++)
		;
	for (; i < n; i++)
		assert_null(strstr(name(i), "Timeout"));
}

static void every_word_must_match(void **state)
{
	size_t n, i;

	(void)state;
	assert_int_equal(search_run("gateway timeout", hits, &n), SEARCH_OK);
	assert_true(n >= 1);
	assert_int_equal(code(0), 504);
	/* Exactly the records whose name holds both words lead. */
	assert_int_equal(search_run("payment required", hits, &n), SEARCH_OK);
	assert_true(n >= 1);
	assert_int_equal(code(0), 402);
	assert_true(n == 1 || hits[1].score < hits[0].score);
	assert_int_equal(search_run("gateway zzqqx", hits, &n), SEARCH_OK);
	assert_int_equal(n, 0);
	assert_int_equal(search_run("RETRY-after", hits, &n), SEARCH_OK);
	for (i = 0; i < n && code(i) != 429; i++)
		;
	assert_true(i < n);
	/* A word matches the start of longer words, and hyphenated parts. */
	assert_int_equal(search_run("gatew", hits, &n), SEARCH_OK);
	assert_int_equal(code(0), 502);
	/* Punctuation around a word changes nothing. */
	{
		static struct search_hit plain[HTTPREF_MAX_RECORDS];
		size_t np;

		assert_int_equal(search_run("after", plain, &np), SEARCH_OK);
		assert_int_equal(search_run("after:", hits, &n), SEARCH_OK);
		assert_true(n >= 2);
		assert_int_equal(n, np);
		assert_memory_equal(hits, plain, n * sizeof(hits[0]));
	}
}

static void bad_searches(void **state)
{
	char longq[200];
	size_t n;

	(void)state;
	assert_int_equal(search_run("", hits, &n), SEARCH_EMPTY);
	assert_int_equal(search_run("   ", hits, &n), SEARCH_EMPTY);
	assert_int_equal(search_run("a b c d e f g h i j k l m n o p q", hits, &n),
			 SEARCH_TOO_MANY);
	assert_int_equal(search_run("!! -- ::", hits, &n), SEARCH_EMPTY);
	memset(longq, 'a', sizeof(longq) - 1);
	longq[sizeof(longq) - 1] = '\0';
	assert_int_equal(search_run(longq, hits, &n), SEARCH_TOO_LONG);
}

static void distance(void **state)
{
	char longs[300];

	(void)state;
	assert_int_equal(suggest_distance("gateway", "gateway"), 0);
	assert_int_equal(suggest_distance("gatway", "Gateway"), 1);
	assert_int_equal(suggest_distance("teapto", "teapot"), 1); /* a swap */
	assert_int_equal(suggest_distance("", "abc"), 3);
	memset(longs, 'a', sizeof(longs) - 1);
	longs[sizeof(longs) - 1] = '\0';
	assert_true(suggest_distance(longs, "a") > 100);
}

static void near_misses(void **state)
{
	size_t out[SUGGEST_MAX];
	size_t n;

	(void)state;
	n = suggest("4O4", out, SUGGEST_MAX);
	assert_true(n >= 1);
	assert_int_equal(httpref_code_at(out[0]), 404);
	n = suggest("4044", out, SUGGEST_MAX);
	assert_true(n >= 2);
	assert_int_equal(httpref_code_at(out[0]), 404); /* registered before nginx's 444 */
	assert_int_equal(httpref_code_at(out[1]), 444);
	n = suggest("40", out, SUGGEST_MAX);
	assert_int_equal(n, SUGGEST_MAX);
	assert_int_equal(httpref_code_at(out[0]), 400);
	n = suggest("bad gatway", out, SUGGEST_MAX);
	assert_true(n >= 1);
	assert_int_equal(httpref_code_at(out[0]), 502);
	/* Look-alike letters in either case, and l or I for 1. */
	n = suggest("4o4", out, SUGGEST_MAX);
	assert_true(n >= 1);
	assert_int_equal(httpref_code_at(out[0]), 404);
	assert_true(suggest("5O3", out, SUGGEST_MAX) >= 1);
	assert_int_equal(httpref_code_at(out[0]), 503);
	assert_true(suggest("4l8", out, SUGGEST_MAX) >= 1);
	assert_int_equal(httpref_code_at(out[0]), 418);
	/* Two typos in an eight-letter word are within the budget. */
	n = suggest("foribden", out, SUGGEST_MAX);
	assert_true(n >= 1);
	assert_int_equal(httpref_code_at(out[0]), 403);
	/* The meaning misspelt, not the code's first record. */
	n = suggest("enhance yur calm", out, SUGGEST_MAX);
	assert_true(n >= 1);
	assert_string_equal(httpref_name_at(out[0]), "Enhance Your Calm");
	assert_int_equal(suggest("zzzzzzzzzz", out, SUGGEST_MAX), 0);
	assert_int_equal(suggest("7", out, SUGGEST_MAX), 0);
}

static void nearest_codes_stay_in_class(void **state)
{
	size_t out[2];
	size_t n;

	(void)state;
	n = suggest_nearest(299, out);
	assert_int_equal(n, 1);
	assert_int_equal(httpref_code_at(out[0]), 226);
	n = suggest_nearest(309, out);
	assert_int_equal(n, 1);
	assert_int_equal(httpref_code_at(out[0]), 308);
	n = suggest_nearest(427, out);
	assert_int_equal(n, 2);
	assert_int_equal(httpref_code_at(out[0]), 426);
	assert_int_equal(httpref_code_at(out[1]), 428);
	/* 449 (Microsoft) and 440 are vendors' codes: the nearest registered
	 * code below 450 is 431. */
	n = suggest_nearest(450, out);
	assert_int_equal(n, 2);
	assert_int_equal(httpref_code_at(out[0]), 431);
	assert_int_equal(httpref_code_at(out[1]), 451);
	assert_non_null(suggest_class_meaning(299));
	assert_null(suggest_class_meaning(699));
	assert_null(suggest_class_meaning(1));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(name_hits_rank_first),
		cmocka_unit_test(every_word_must_match),
		cmocka_unit_test(bad_searches),
		cmocka_unit_test(distance),
		cmocka_unit_test(near_misses),
		cmocka_unit_test(nearest_codes_stay_in_class),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
