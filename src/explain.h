/* What a response's own header fields say: which hop answered, what
 * the fields mean for its code, and what is wrong with it. */
#ifndef EXPLAIN_H
#define EXPLAIN_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "httpref.h"
#include "input.h"
#include "out.h"
#include "render.h"

#define EXPLAIN_MAX_FACTS 24
#define EXPLAIN_TEXT 512
#define EXPLAIN_MAX_VENDORS 8

enum fact_kind {
	FACT_WHO,     /* which hop answered */
	FACT_FIELD,   /* what a field says */
	FACT_PROBLEM, /* what is wrong with the response */
};

struct fact {
	enum fact_kind kind;
	char label[40];   /* "Retry-After", "Answered by", "Problem" */
	char text[EXPLAIN_TEXT];
	char brief[96];   /* the short form for --brief, or "" to leave it out */
};

struct explain {
	size_t vendors[EXPLAIN_MAX_VENDORS]; /* vendor numbers that matched */
	size_t vendor_count;
	struct fact facts[EXPLAIN_MAX_FACTS];
	size_t fact_count;
	unsigned hop;      /* its place in a chain of responses, from 1 */
};

/* Where the previous response of a chain pointed, to see a downgrade;
 * "" for the first. */
struct explain_chain {
	char location[EXPLAIN_TEXT];
	unsigned hops;
};

/* Works out what r says for its code, read with the record rec.  now
 * stands in for the Date field when the response has none. */
void explain_response(const struct input_response *r, const struct httpref_record *rec,
		      struct explain_chain *chain, time_t now, struct explain *e);

/* The record a matched vendor's meaning picks among first..first+n-1, or
 * n when none does. */
size_t explain_meaning(const struct explain *e, size_t first, size_t n);

/* Says that the fields picked this record among a code's meanings. */
void explain_choose(struct explain *e, const struct httpref_record *picked);

/* "This response": a heading, then a line or more a fact. */
void explain_render(struct out *out, const struct explain *e, const struct render_opts *o);

/* The one-line form: "CODE Name  fact; fact". */
void explain_line(struct out *out, const struct httpref_record *rec,
		  const struct explain *e, const struct render_opts *o);

/* "response": {...}, a field of the record's JSON object. */
void explain_json(struct out *out, const struct input_response *r,
		  const struct explain *e);

#endif
