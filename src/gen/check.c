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

/* The records of one code, for a related item naming one of them. */
const struct gen_record *gen_find_meaning(const struct gen_record *recs,
					  size_t count, unsigned code,
					  const char *source)
{
	const struct gen_record *rec = gen_lookup(recs, count, code);

	if (rec == NULL || source == NULL)
		return rec;
	while (rec > recs && rec[-1].code == code)
		rec--;
	for (; rec < recs + count && rec->code == code; rec++)
		if (httpref_source_word_is(rec->value[F_SOURCE], source))
			return rec;
	return NULL;
}

static void check_related(const struct gen_record *recs, size_t count,
			  const struct gen_record *rec, const struct gen_related *r)
{
	if (r->code == rec->code && r->source == NULL)
		gen_error(rec->path, r->line, "related: %03u is this record's own code",
			  r->code);
	else if (gen_lookup(recs, count, r->code) == NULL)
		gen_error(rec->path, r->line, "related: %03u has no record", r->code);
	else if (gen_find_meaning(recs, count, r->code, r->source) == NULL)
		gen_error(rec->path, r->line, "related: %03u has no record from '%s'",
			  r->code, r->source);
	else if (gen_find_meaning(recs, count, r->code, r->source) == rec)
		gen_error(rec->path, r->line, "related: %03u %s is this record",
			  r->code, r->source);
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
	for (i = 0; i < count; i++)
		for (j = 0; j < recs[i].related_count; j++)
			check_related(recs, count, &recs[i], &recs[i].related[j]);
}
