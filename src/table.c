/* Lookup in the generated table (build/table_data.c), which is sorted by
 * code: a binary search for the first record of a code, no allocation. */
#include "httpref.h"

size_t httpref_find(unsigned code, const struct httpref_record **first)
{
	size_t lo = 0, hi = httpref_record_count, n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (httpref_records[mid].code < code)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (n = 0; lo + n < httpref_record_count &&
	     httpref_records[lo + n].code == code; n++)
		;
	*first = n > 0 ? &httpref_records[lo] : NULL;
	return n;
}
