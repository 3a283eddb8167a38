/* The generated table's own layout: integers only, so that the loader
 * has nothing to relocate and the table stays in read-only, shared pages.
 * Strings are offsets into httpref_text; 0 is the empty string, which
 * stands for an absent field.  Shared by the generator, which writes
 * build/table_data.c, and by table.c and search.c, which read it. */
#ifndef HTTPREF_TABLE_H
#define HTTPREF_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The lists of a row, in the order their items are stored. */
enum httpref_row_list {
	ROW_ALIASES, ROW_CAUSES, ROW_FIXES, ROW_MISTAKES, ROW_HEADERS,
	ROW_SOURCES,
	ROW_LISTS
};

struct httpref_row {
	uint16_t code;
	uint8_t status;    /* enum httpref_status */
	uint8_t cacheable; /* enum httpref_cacheable */
	uint32_t name, source, reference, summary;
	uint32_t description, insight, clients, example, retry;
	uint16_t items;    /* first of this row's entries in httpref_items */
	uint8_t count[ROW_LISTS];
	uint8_t related_count;
	uint8_t constant_count;
	uint16_t related;  /* first of its entries in httpref_related */
	uint16_t constants; /* first of its entries in httpref_constants */
};

struct httpref_related_row {
	uint32_t why;
	uint32_t source;   /* 0 when the item names the code, not one meaning */
	uint16_t code;
};

struct httpref_constant_row {
	uint32_t name;     /* 0 for "none" */
	uint32_t note;
	uint16_t row;      /* the record it belongs to */
	uint8_t ecosystem; /* enum httpref_ecosystem */
	uint8_t current;   /* the first, current name of its ecosystem */
};

/* Text the generator writes for the program to print as it is: the
 * one-line view after the code ("Not Found", padding to the summary's
 * column, the summary), and the record as a JSON object, escaped.  Each
 * kind is laid out in row order with a NUL after each, so that row r's
 * ends where row r + 1's starts, less one; a last, sentinel entry marks
 * the end of the last. */
struct httpref_view_row {
	uint32_t line;
	uint32_t json;
	uint16_t line_head; /* bytes of line before the summary */
};

/* How every JSON object of a record ends, so that a caller can add
 * fields of its own before it. */
#define HTTPREF_JSON_END "\n  }"

/* The column where the one-line view's summary starts, counting from the
 * code at column 0. */
#define HTTPREF_LINE_SUMMARY_COL 38

/* All parts of the table live in one object, in the order a lookup reads
 * them (rows, items, related codes, then names and summaries, then each
 * record's detail; the search index last), so that a lookup touches few
 * pages.  These point into it. */
extern const char *const httpref_text;
extern const uint32_t *const httpref_items;
extern const struct httpref_related_row *const httpref_related;
extern const struct httpref_constant_row *const httpref_constants;
/* Every named constant, sorted by its bare name (the part after the last
 * '.' or ':'), compared ignoring ASCII case, for lookups by constant. */
extern const uint16_t *const httpref_constant_order;
extern const size_t httpref_constant_named;
extern const struct httpref_row *const httpref_rows;
extern const struct httpref_view_row *const httpref_views;

/* The search index: every word of the searched fields, lowercased and
 * sorted, each with the rows that hold it and the best field it is in. */
enum httpref_field {
	FIELD_NAME, FIELD_ALIAS, FIELD_SUMMARY, FIELD_HEADER,
	FIELD_DESCRIPTION, FIELD_LIST, FIELD_CONSTANT,
	FIELD_NONE
};

struct httpref_word {
	uint32_t text;     /* offset of the word in httpref_text */
	uint32_t postings; /* first of its entries in httpref_postings */
	uint16_t count;
};

struct httpref_posting {
	uint16_t row;
	uint8_t field;     /* enum httpref_field */
};

/* The decision guide: node 0 is the start; an answer leads to another
 * node or, when next is HTTPREF_GUIDE_LEAF, to the record row. */
#define HTTPREF_GUIDE_LEAF 0xffff

struct httpref_guide_node {
	uint32_t id, topic, ask; /* topic 0 when the node is no topic */
	uint16_t first;          /* its first answer in httpref_guide_answers */
	uint8_t count;
};

struct httpref_guide_answer {
	uint32_t text;
	uint16_t next;
	uint16_t row;
};

extern const struct httpref_guide_node *const httpref_guide_nodes;
extern const struct httpref_guide_answer *const httpref_guide_answers;
extern const size_t httpref_guide_count;

/* Vendor signatures: a vendor answered when any of its matches holds. */
struct httpref_vendor {
	uint32_t name, kind, meaning, says; /* meaning 0 when it has none */
	uint16_t first;                     /* its first match */
	uint8_t count;
};

struct httpref_vendor_match {
	uint32_t field, pattern;
};

extern const struct httpref_vendor *const httpref_vendors;
extern const struct httpref_vendor_match *const httpref_vendor_matches;
extern const size_t httpref_vendor_count;

extern const struct httpref_word *const httpref_words;
extern const size_t httpref_word_count;
extern const struct httpref_posting *const httpref_postings;

/* Words are runs of ASCII letters and digits (and any byte of a UTF-8
 * sequence), joined by single hyphens: "retry-after" is one word, and
 * its parts are indexed too.  Longer words are not indexed. */
#define HTTPREF_WORD_MAX 40

static inline bool httpref_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c >= 0x80;
}

static inline char httpref_fold(unsigned char c)
{
	return (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

/* The bare name of a constant as written in the data or by a user:
 * "HTTPStatus.NOT_FOUND", "StatusCode::NOT_FOUND" and ":not_found" are
 * all "NOT_FOUND" (compared ignoring case). */
static inline const char *httpref_bare_constant(const char *s)
{
	const char *bare = s;

	for (; *s != '\0'; s++)
		if (*s == '.' || *s == ':')
			bare = s + 1;
	return bare;
}

/* Compares two bare names ignoring ASCII case, as strcmp does. */
static inline int httpref_bare_compare(const char *a, const char *b)
{
	for (; *a != '\0' && httpref_fold((unsigned char)*a) ==
	       httpref_fold((unsigned char)*b); a++, b++)
		;
	return (unsigned char)httpref_fold((unsigned char)*a) -
	       (unsigned char)httpref_fold((unsigned char)*b);
}

/* The length of the word that starts at s (hyphens inside included), or
 * 0 when s does not start with a word byte. */
static inline size_t httpref_word_len(const char *s)
{
	size_t n = 0;

	while (httpref_word_byte((unsigned char)s[n]) ||
	       (s[n] == '-' && n > 0 && httpref_word_byte((unsigned char)s[n + 1])))
		n++;
	return n;
}

#endif
