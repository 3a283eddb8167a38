/* What an argument asks for: a code, a mask such as 5xx, or a name. */
#ifndef QUERY_H
#define QUERY_H

#include <stdbool.h>

#include "httpref.h"

/* Longest argument kept; longer ones are refused, not cut. */
#define QUERY_MAX 128

enum query_kind {
	QUERY_CODE,  /* exactly three digits: the detail view */
	QUERY_MASK,  /* three of digit or x, at least one x: a list */
	QUERY_NAME,  /* anything else: names and aliases, ignoring case */
};

struct query {
	enum query_kind kind;
	unsigned code;       /* QUERY_CODE */
	char mask[4];        /* QUERY_MASK, lowercase, NUL-terminated */
	char text[QUERY_MAX + 1]; /* QUERY_NAME, as given */
};

enum query_error {
	QUERY_OK,
	QUERY_EMPTY,    /* "" or only spaces */
	QUERY_TOO_LONG, /* over QUERY_MAX bytes */
};

enum query_error query_parse(const char *arg, struct query *q);

/* --class: 5, 5xx or a class name (client-error, "Client Error"). */
bool query_parse_class(const char *arg, struct query *q);

/* --lang: an ecosystem's key ("go") or a common other name for it
 * ("golang", "ruby", "php"), ignoring case. */
bool query_parse_ecosystem(const char *arg, enum httpref_ecosystem *e);

/* The name --class takes for a first digit: "client-error" for 4. */
const char *query_class_arg(unsigned digit);

bool query_matches(const struct query *q, const struct httpref_record *rec);
/* The same for a code or a mask, which need only the code; false for a
 * name. */
bool query_matches_code(const struct query *q, unsigned code);

/* For QUERY_NAME: true when the name or an alias equals the text, not
 * only contains it. */
bool query_exact_name(const struct query *q, const struct httpref_record *rec);

#endif
