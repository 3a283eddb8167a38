/* search.c and suggest.c over the real table: ranking and near misses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "search.h"
#include "suggest.h"

static struct search_hit hits[HTTPREF_MAX_RECORDS];

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
	assert_non_null(strstr(hits[0].rec->name, "Timeout"));
	for (i = 0; i < n && strstr(hits[i].rec->name, "Timeout") != NULL; i++)
		;
	for (; i < n; i++)
		assert_null(strstr(hits[i].rec->name, "Timeout"));
}

static void every_word_must_match(void **state)
{
	size_t n, i;

	(void)state;
	assert_int_equal(search_run("gateway timeout", hits, &n), SEARCH_OK);
	assert_true(n >= 1);
	assert_int_equal(hits[0].rec->code, 504);
	assert_int_equal(search_run("gateway zzqqx", hits, &n), SEARCH_OK);
	assert_int_equal(n, 0);
	assert_int_equal(search_run("RETRY-after", hits, &n), SEARCH_OK);
	for (i = 0; i < n && hits[i].rec->code != 429; i++)
		;
	assert_true(i < n);
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
	const struct httpref_record *out[SUGGEST_MAX];
	size_t n;

	(void)state;
	n = suggest("4O4", out, SUGGEST_MAX);
	assert_true(n >= 1);
	assert_int_equal(out[0]->code, 404);
	n = suggest("4044", out, SUGGEST_MAX);
	assert_true(n >= 2);
	assert_int_equal(out[0]->code, 404); /* registered before nginx's 444 */
	assert_int_equal(out[1]->code, 444);
	n = suggest("40", out, SUGGEST_MAX);
	assert_int_equal(n, SUGGEST_MAX);
	assert_int_equal(out[0]->code, 400);
	n = suggest("bad gatway", out, SUGGEST_MAX);
	assert_true(n >= 1);
	assert_int_equal(out[0]->code, 502);
	assert_int_equal(suggest("zzzzzzzzzz", out, SUGGEST_MAX), 0);
	assert_int_equal(suggest("7", out, SUGGEST_MAX), 0);
}

static void nearest_codes_stay_in_class(void **state)
{
	const struct httpref_record *out[2];
	size_t n;

	(void)state;
	n = suggest_nearest(299, out);
	assert_int_equal(n, 1);
	assert_int_equal(out[0]->code, 226);
	n = suggest_nearest(309, out);
	assert_int_equal(n, 1);
	assert_int_equal(out[0]->code, 308);
	n = suggest_nearest(427, out);
	assert_int_equal(n, 2);
	assert_int_equal(out[0]->code, 426);
	assert_int_equal(out[1]->code, 428);
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
