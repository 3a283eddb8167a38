/* Fuzz target: everything an argument goes through (query parsing,
 * --class, search, suggestions, error quoting). */
#include <stdint.h>
#include <string.h>

#include "error.h"
#include "query.h"
#include "search.h"
#include "suggest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char arg[4096];
	static struct search_hit hits[HTTPREF_MAX_RECORDS];
	struct httpref_record rec;
	size_t near[SUGGEST_MAX], n, i, first;
	char quoted[QUOTE_SIZE];
	struct query q;

	if (size >= sizeof(arg))
		size = sizeof(arg) - 1;
	memcpy(arg, data, size);
	arg[size] = '\0';
	error_quote(arg, quoted, sizeof(quoted));
	if (query_parse(arg, &q) == QUERY_OK) {
		for (i = 0; i < httpref_record_count; i++) {
			httpref_get(i, &rec);
			query_matches(&q, &rec);
			query_exact_name(&q, &rec);
		}
		if (q.kind == QUERY_CODE && httpref_find(q.code, &first) == 0)
			suggest_nearest(q.code, near);
	}
	if (query_parse_class(arg, &q))
		for (i = 0; i < httpref_record_count; i++) {
			httpref_get(i, &rec);
			query_matches(&q, &rec);
		}
	search_run(arg, hits, &n);
	suggest(arg, near, SUGGEST_MAX);
	return 0;
}
