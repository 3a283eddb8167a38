/* Full-text search.  Each word scores by the best field it is found in,
 * so a code named for the word ranks above one that mentions it in
 * passing; a record must hold every word. */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#include "query.h"
#include "search.h"

/* How much a hit in each field counts. */
enum {
	WEIGHT_NAME = 100,
	WEIGHT_ALIAS = 80,
	WEIGHT_SUMMARY = 40,
	WEIGHT_HEADER = 30,
	WEIGHT_DESCRIPTION = 20,
	WEIGHT_LIST = 10,
};

struct word {
	const char *text;
	size_t len;
};

static bool has_word(const char *hay, const struct word *w)
{
	size_t i;

	if (hay == NULL)
		return false;
	for (; *hay != '\0'; hay++) {
		for (i = 0; i < w->len && hay[i] != '\0' &&
		     tolower((unsigned char)hay[i]) == tolower((unsigned char)w->text[i]); i++)
			;
		if (i == w->len)
			return true;
	}
	return false;
}

static bool list_has_word(const struct httpref_list *l, const struct word *w)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		if (has_word(l->items[i], w))
			return true;
	return false;
}

static unsigned word_score(const struct httpref_record *rec, const struct word *w)
{
	if (has_word(rec->name, w))
		return WEIGHT_NAME;
	if (list_has_word(&rec->aliases, w))
		return WEIGHT_ALIAS;
	if (has_word(rec->summary, w))
		return WEIGHT_SUMMARY;
	if (list_has_word(&rec->headers, w))
		return WEIGHT_HEADER;
	if (has_word(rec->description, w))
		return WEIGHT_DESCRIPTION;
	if (list_has_word(&rec->causes, w) || list_has_word(&rec->fixes, w))
		return WEIGHT_LIST;
	return 0;
}

static size_t split_words(const char *s, struct word *words, size_t max, bool *overflow)
{
	size_t n = 0, len;

	*overflow = false;
	for (;;) {
		s += strspn(s, " \t");
		if (*s == '\0')
			return n;
		len = strcspn(s, " \t");
		if (n == max) {
			*overflow = true;
			return n;
		}
		words[n].text = s;
		words[n].len = len;
		n++;
		s += len;
	}
}

enum search_error search_run(const char *text, struct search_hit *hits, size_t *count)
{
	struct word words[SEARCH_MAX_WORDS];
	size_t nwords, r, w, i;
	bool overflow;

	*count = 0;
	if (strlen(text) > QUERY_MAX)
		return SEARCH_TOO_LONG;
	nwords = split_words(text, words, LEN(words), &overflow);
	if (overflow)
		return SEARCH_TOO_MANY;
	if (nwords == 0)
		return SEARCH_EMPTY;
	for (r = 0; r < httpref_record_count && *count < HTTPREF_MAX_RECORDS; r++) {
		unsigned score = 0, s;

		for (w = 0; w < nwords; w++) {
			s = word_score(&httpref_records[r], &words[w]);
			if (s == 0)
				break;
			score += s;
		}
		if (w < nwords)
			continue;
		/* Insertion keeps equal scores in table (code) order; the list is
		 * short, and the sort needs no memory of its own. */
		for (i = *count; i > 0 && hits[i - 1].score < score; i--)
			hits[i] = hits[i - 1];
		hits[i].rec = &httpref_records[r];
		hits[i].score = score;
		(*count)++;
	}
	return SEARCH_OK;
}
