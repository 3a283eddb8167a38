/* Full-text search over the records, best match first. */
#ifndef SEARCH_H
#define SEARCH_H

#include <stddef.h>

#include "httpref.h"

#define SEARCH_MAX_WORDS 16

/* Small on purpose: a search keeps HTTPREF_MAX_RECORDS of them. */
struct search_hit {
	unsigned short index; /* the record's number, for httpref_get */
	unsigned short score; /* at most SEARCH_MAX_WORDS * 100 */
};

enum search_error {
	SEARCH_OK,
	SEARCH_EMPTY,     /* no word at all */
	SEARCH_TOO_LONG,  /* longer than QUERY_MAX bytes */
	SEARCH_TOO_MANY,  /* more than SEARCH_MAX_WORDS words */
};

/* Finds the records whose text holds every word of words, each as a word
 * or the start of one, ignoring case; anything but letters, digits and
 * inner hyphens separates words.  hits must hold HTTPREF_MAX_RECORDS;
 * *count is set to the number found, sorted by falling score, then by
 * code. */
enum search_error search_run(const char *words, struct search_hit *hits,
			     size_t *count);

#endif
