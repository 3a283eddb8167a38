/* Full-text search over the index the generator built: each query word
 * is looked up by binary search, as a word or the start of one, and
 * scores by the best field it is found in, so a code named for the word
 * ranks above one that mentions it in passing.  A record must hold every
 * word. */
#include <string.h>

#include "httpref_table.h"
#include "query.h"
#include "search.h"

/* How much a word found in each field counts. */
static const unsigned weight[FIELD_NONE] = {
	[FIELD_NAME] = 100, [FIELD_ALIAS] = 80, [FIELD_SUMMARY] = 40,
	[FIELD_HEADER] = 30, [FIELD_DESCRIPTION] = 20, [FIELD_LIST] = 10,
	[FIELD_CONSTANT] = 50,
};

/* The first indexed word not below key. */
static size_t lower_bound(const char *key)
{
	size_t lo = 0, hi = httpref_word_count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(&httpref_text[httpref_words[mid].text], key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* best[row]: the best field this word is found in, for every row. */
static void look_up(const char *word, size_t len, unsigned char *best)
{
	size_t w, p;

	memset(best, FIELD_NONE, HTTPREF_MAX_RECORDS);
	for (w = lower_bound(word); w < httpref_word_count &&
	     strncmp(&httpref_text[httpref_words[w].text], word, len) == 0; w++) {
		const struct httpref_word *entry = &httpref_words[w];

		for (p = entry->postings; p < entry->postings + entry->count; p++) {
			const struct httpref_posting *post = &httpref_postings[p];

			if (post->field < best[post->row])
				best[post->row] = post->field;
		}
	}
}

/* The next word of the query, folded to lowercase into word; its length,
 * or 0 at the end.  *s moves past it. */
static size_t next_word(const char **s, char *word)
{
	size_t len = 0;

	while (**s != '\0' && (len = httpref_word_len(*s)) == 0)
		(*s)++;
	if (**s == '\0')
		return 0;
	for (size_t i = 0; i < len && i < HTTPREF_WORD_MAX - 1; i++)
		word[i] = httpref_fold((unsigned char)(*s)[i]);
	*s += len;
	if (len > HTTPREF_WORD_MAX - 1)
		len = HTTPREF_WORD_MAX - 1;
	word[len] = '\0';
	return len;
}

enum search_error search_run(const char *text, struct search_hit *hits, size_t *count)
{
	static unsigned short score[HTTPREF_MAX_RECORDS];
	static unsigned char found[HTTPREF_MAX_RECORDS], best[HTTPREF_MAX_RECORDS];
	char word[HTTPREF_WORD_MAX];
	size_t nwords = 0, len, r, i;

	*count = 0;
	if (strlen(text) > QUERY_MAX)
		return SEARCH_TOO_LONG;
	memset(score, 0, sizeof(score));
	memset(found, 0, sizeof(found));
	while ((len = next_word(&text, word)) > 0) {
		if (++nwords > SEARCH_MAX_WORDS)
			return SEARCH_TOO_MANY;
		look_up(word, len, best);
		for (r = 0; r < httpref_record_count && r < HTTPREF_MAX_RECORDS; r++) {
			if (best[r] == FIELD_NONE)
				continue;
			score[r] = (unsigned short)(score[r] + weight[best[r]]);
			found[r]++;
		}
	}
	if (nwords == 0)
		return SEARCH_EMPTY;
	for (r = 0; r < httpref_record_count && r < HTTPREF_MAX_RECORDS; r++) {
		if (found[r] != nwords)
			continue;
		/* Insertion keeps equal scores in code order; the list is short,
		 * and the sort needs no memory of its own. */
		for (i = *count; i > 0 && hits[i - 1].score < score[r]; i--)
			hits[i] = hits[i - 1];
		hits[i].index = (unsigned short)r;
		hits[i].score = (unsigned short)score[r];
		(*count)++;
	}
	return SEARCH_OK;
}
