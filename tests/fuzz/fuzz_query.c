/* Fuzz target: everything an argument goes through (query parsing,
 * --class, search, suggestions, constants, error quoting), with the
 * properties that must hold whatever the bytes: a quoted argument is
 * printable and bounded, every record number handed back exists, and
 * JSON made from the bytes has no raw control byte inside a string. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "json.h"
#include "query.h"
#include "search.h"
#include "suggest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void require(int ok)
{
	if (!ok)
		abort();
}

/* A JSON text as json.c writes it: outside strings only structure and
 * newlines, inside strings no byte below 0x20. */
static void check_json(const char *s, size_t n)
{
	size_t i;
	int in_string = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (in_string && c == '\\') {
			i++;
			continue;
		}
		if (c == '"')
			in_string = !in_string;
		else if (in_string)
			require(c >= 0x20);
	}
	require(!in_string);
}

/* The bytes as a field added to a record's object, the way explain.c
 * adds what it read from a response. */
static void json_of(const char *arg)
{
	static char buf[1 << 16];
	struct out out;
	FILE *f;

	memset(buf, 0, sizeof(buf));
	if ((f = fmemopen(buf, sizeof(buf), "w")) == NULL)
		return;
	out_init_file(&out, f);
	json_begin(&out);
	json_record_open(&out, 0, true);
	out_str(&out, ",\n    \"arg\": ");
	json_string(&out, arg);
	json_record_close(&out);
	json_end(&out);
	out_flush(&out);
	fclose(f);
	check_json(buf, strnlen(buf, sizeof(buf)));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char arg[4096];
	static struct search_hit hits[HTTPREF_MAX_RECORDS];
	struct httpref_record rec;
	size_t near[SUGGEST_MAX], found[8], n, i, first;
	char quoted[QUOTE_SIZE];
	struct query q;

	if (size >= sizeof(arg))
		size = sizeof(arg) - 1;
	memcpy(arg, data, size);
	arg[size] = '\0';
	error_quote(arg, quoted, sizeof(quoted));
	require(strlen(quoted) < sizeof(quoted));
	for (i = 0; quoted[i] != '\0'; i++)
		require(quoted[i] >= 0x20 && quoted[i] < 0x7f);
	if (query_parse(arg, &q) == QUERY_OK) {
		for (i = 0; i < httpref_record_count; i++) {
			httpref_get(i, &rec);
			query_matches(&q, &rec);
			query_exact_name(&q, &rec);
		}
		if (q.kind == QUERY_CODE && httpref_find(q.code, &first) == 0)
			require(suggest_nearest(q.code, near) <= 2);
	}
	if (query_parse_class(arg, &q))
		for (i = 0; i < httpref_record_count; i++) {
			httpref_get(i, &rec);
			query_matches(&q, &rec);
		}
	if (search_run(arg, hits, &n) == SEARCH_OK) {
		require(n <= httpref_record_count);
		for (i = 0; i < n; i++)
			require(hits[i].index < httpref_record_count);
	}
	n = suggest(arg, near, SUGGEST_MAX);
	require(n <= SUGGEST_MAX);
	for (i = 0; i < n; i++)
		require(near[i] < httpref_record_count);
	n = httpref_constant_find(arg, found, LEN(found));
	for (i = 0; i < n; i++) {
		struct httpref_constant c;

		require(httpref_constant_at(found[i], &c) < httpref_record_count);
	}
	json_of(arg);
	return 0;
}
