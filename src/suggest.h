/* What a query that matched nothing may have meant. */
#ifndef SUGGEST_H
#define SUGGEST_H

#include <stdbool.h>
#include <stddef.h>

#include "httpref.h"

#define SUGGEST_MAX 5

/* Codes a mistyped code or name may have meant (4O4, 40, 4044, "bad
 * gatway"): up to max record numbers, one per code, likeliest first. */
size_t suggest(const char *arg, size_t *out, size_t max);

/* An optional sign and digits only: a number, but not a three-digit code. */
bool suggest_is_number(const char *arg);

/* For a code with no record: the nearest registered codes below and above
 * it in its own class, at most two. */
size_t suggest_nearest(unsigned code, size_t *out);

/* What a class means, in a few words; NULL outside 1xx to 5xx. */
const char *suggest_class_meaning(unsigned code);

/* Damerau-Levenshtein distance (optimal string alignment), ignoring
 * case; strings longer than 128 bytes count as far from everything. */
size_t suggest_distance(const char *a, const char *b);

#endif
