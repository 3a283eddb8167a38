/* Checks across records: what no single file can tell on its own. */
#include <stdlib.h>
#include <string.h>

#include "gen.h"

/* The order the program relies on: by code, then the registered meaning
 * before vendor meanings, then by vendor name. */
static int compare_records(const void *a, const void *b)
{
	const struct gen_record *x = a, *y = b;

	if (x->code != y->code)
		return x->code < y->code ? -1 : 1;
	if (x->status != y->status)
		return x->status < y->status ? -1 : 1;
	if (strcmp(x->value[F_SOURCE], y->value[F_SOURCE]) != 0)
		return strcmp(x->value[F_SOURCE], y->value[F_SOURCE]);
	return strcmp(x->path, y->path); /* duplicates report the same way each run */
}

void gen_sort(struct gen_record *recs, size_t count)
{
	qsort(recs, count, sizeof(*recs), compare_records);
}

static int compare_code(const void *key, const void *elem)
{
	unsigned code = *(const unsigned *)key;
	const struct gen_record *rec = elem;

	return code < rec->code ? -1 : code > rec->code;
}

const struct gen_record *gen_lookup(const struct gen_record *recs,
				    size_t count, unsigned code)
{
	return bsearch(&code, recs, count, sizeof(*recs), compare_code);
}

void gen_check_set(const struct gen_record *recs, size_t count)
{
	size_t i, j;

	for (i = 1; i < count; i++)
		if (recs[i].code == recs[i - 1].code &&
		    strcmp(recs[i].value[F_SOURCE], recs[i - 1].value[F_SOURCE]) == 0)
			gen_error(recs[i].path, recs[i].line[F_CODE],
				  "duplicate record: %03u from %s is also in %s",
				  recs[i].code, recs[i].value[F_SOURCE], recs[i - 1].path);
	for (i = 0; i < count; i++) {
		for (j = 0; j < recs[i].related_count; j++) {
			unsigned code = recs[i].related[j];

			if (code == recs[i].code)
				gen_error(recs[i].path, recs[i].line[F_RELATED],
					  "related: %03u is this record's own code", code);
			else if (gen_lookup(recs, count, code) == NULL)
				gen_error(recs[i].path, recs[i].line[F_RELATED],
					  "related: %03u has no record", code);
		}
	}
}
