/* The search index: every word of the searched fields with the records
 * that hold it and the best field it appears in.  Built here once, so
 * that a search at run time is a binary search, not a scan of the text. */
#include <stdlib.h>
#include <string.h>

#include "gen.h"

#define GEN_MAX_POSTINGS (1 << 18)

static struct gen_posting postings[GEN_MAX_POSTINGS];
static size_t posting_count;
static bool overflow;

static void add(const char *word, size_t len, size_t row, enum httpref_field field)
{
	struct gen_posting *p;
	size_t i;

	if (len == 0 || len >= HTTPREF_WORD_MAX)
		return;
	if (posting_count == GEN_MAX_POSTINGS) {
		overflow = true;
		return;
	}
	p = &postings[posting_count++];
	for (i = 0; i < len; i++)
		p->word[i] = httpref_fold((unsigned char)word[i]);
	p->word[len] = '\0';
	p->row = (unsigned)row;
	p->field = field;
}

/* Each word, and each part of a hyphenated one ("retry-after" also gives
 * "retry" and "after"). */
static void add_text(const char *s, size_t row, enum httpref_field field)
{
	size_t len, part;

	if (s == NULL)
		return;
	while (*s != '\0') {
		len = httpref_word_len(s);
		if (len == 0) {
			s++;
			continue;
		}
		add(s, len, row, field);
		if (memchr(s, '-', len) != NULL) {
			for (size_t i = 0; i < len; i += part + 1) {
				part = strcspn(s + i, "-");
				if (part > len - i)
					part = len - i;
				add(s + i, part, row, field);
			}
		}
		s += len;
	}
}

static void add_list(const struct gen_list *l, size_t row, enum httpref_field field)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		add_text(l->items[i], row, field);
}

static int compare_postings(const void *a, const void *b)
{
	const struct gen_posting *x = a, *y = b;
	int c = strcmp(x->word, y->word);

	if (c != 0)
		return c;
	if (x->row != y->row)
		return x->row < y->row ? -1 : 1;
	return (int)x->field - (int)y->field;
}

size_t gen_index_build(const struct gen_record *recs, size_t count,
		       const struct gen_posting **out)
{
	size_t r, i, kept = 0;

	posting_count = 0;
	overflow = false;
	for (r = 0; r < count; r++) {
		add_text(recs[r].value[F_NAME], r, FIELD_NAME);
		add_list(&recs[r].list[F_ALIASES], r, FIELD_ALIAS);
		add_text(recs[r].value[F_SUMMARY], r, FIELD_SUMMARY);
		add_list(&recs[r].list[F_HEADERS], r, FIELD_HEADER);
		add_text(recs[r].value[F_DESCRIPTION], r, FIELD_DESCRIPTION);
		/* Every prose field is searched, ranked below the ones above. */
		add_list(&recs[r].list[F_CAUSES], r, FIELD_LIST);
		add_list(&recs[r].list[F_FIXES], r, FIELD_LIST);
		add_list(&recs[r].list[F_MISTAKES], r, FIELD_LIST);
		add_text(recs[r].value[F_INSIGHT], r, FIELD_LIST);
		add_text(recs[r].value[F_CLIENTS], r, FIELD_LIST);
		add_text(recs[r].value[F_RETRY], r, FIELD_LIST);
		for (i = 0; i < recs[r].related_count; i++)
			add_text(recs[r].related[i].why, r, FIELD_LIST);
		for (i = 0; i < recs[r].constant_count; i++)
			add_text(recs[r].constants[i].name, r, FIELD_CONSTANT);
	}
	if (overflow)
		gen_error("data", 0, "more than %d indexed words", GEN_MAX_POSTINGS);
	qsort(postings, posting_count, sizeof(postings[0]), compare_postings);
	/* Sorted by word, row, then field: the first of each (word, row)
	 * holds its best field. */
	for (i = 0; i < posting_count; i++) {
		if (kept > 0 && strcmp(postings[kept - 1].word, postings[i].word) == 0 &&
		    postings[kept - 1].row == postings[i].row)
			continue;
		postings[kept++] = postings[i];
	}
	*out = postings;
	return kept;
}
