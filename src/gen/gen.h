/* httpref-gen: the data/ records as the generator holds them. */
#ifndef GEN_H
#define GEN_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "httpref.h"
#include "httpref_table.h"

/* The limits data/README promises; each is checked with a message. */
#define GEN_MAX_FILE     (64 * 1024)
#define GEN_MAX_LINE     1000
#define GEN_MAX_TEXT     3000 /* stays below C11's 4095-byte literal minimum */
#define GEN_MAX_ITEMS    HTTPREF_MAX_ITEMS
#define GEN_MAX_RECORDS  HTTPREF_MAX_RECORDS
#define GEN_POOL_SIZE    (GEN_MAX_RECORDS * GEN_MAX_FILE / 8)

enum gen_field {
	F_CODE, F_NAME, F_STATUS, F_SOURCE, F_REFERENCE, F_ALIASES, F_SUMMARY,
	F_DESCRIPTION, F_CAUSES, F_FIXES, F_MISTAKES, F_INSIGHT, F_HEADERS,
	F_CACHEABLE, F_RETRY, F_CLIENTS, F_RELATED, F_CONSTANTS, F_SOURCES, F_EXAMPLE,
	F_COUNT
};

enum gen_kind { KIND_LINE, KIND_TEXT, KIND_LIST, KIND_VERBATIM };

/* Lists hold up to GEN_MAX_LIST items; only constants may have more
 * than GEN_MAX_ITEMS. */
#define GEN_MAX_LIST HTTPREF_MAX_CONSTANTS

struct gen_list {
	const char *items[GEN_MAX_LIST];
	int lines[GEN_MAX_LIST];
	size_t count;
};

/* "- 403: why" or "- 499 nginx: why" under related. */
struct gen_related {
	unsigned short code;
	const char *source; /* NULL, or the word that picks one meaning */
	const char *why;
	int line;
};

/* "- python: HTTPStatus.NOT_FOUND (note)" or "- java: none". */
struct gen_constant {
	enum httpref_ecosystem ecosystem;
	const char *name; /* NULL for none */
	const char *note; /* NULL when there is none */
	bool current;     /* the first of its ecosystem */
	int line;
};

struct gen_record {
	const char *path;
	int line[F_COUNT]; /* where each field starts; 0 when absent */
	const char *value[F_COUNT]; /* line, text and verbatim fields */
	struct gen_list list[F_COUNT]; /* list fields */
	unsigned code;
	enum httpref_status status;
	enum httpref_cacheable cacheable;
	struct gen_related related[GEN_MAX_ITEMS];
	size_t related_count;
	bool related_inline; /* the older "related: 503 403" form */
	struct gen_constant constants[GEN_MAX_LIST];
	size_t constant_count;
};

const char *gen_field_name(enum gen_field field);
enum gen_kind gen_field_kind(enum gen_field field);

/* guide.c: the decision guide, data/guide.txt. */
#define GEN_GUIDE_ID    32
#define GEN_MAX_NODES   64
#define GEN_MAX_ANSWERS 16

struct gen_answer {
	const char *text;
	bool is_code;
	unsigned code;          /* when is_code */
	const char *source;     /* when is_code: NULL, or a word naming one meaning */
	char next[GEN_GUIDE_ID]; /* otherwise: the id of the next node */
	int node;               /* after the check: the next node, or -1 */
	size_t row;             /* after the check: the record of a code */
	int line;
};

struct gen_node {
	char id[GEN_GUIDE_ID];
	char topic[GEN_GUIDE_ID]; /* "" when the node is no topic */
	const char *ask;
	struct gen_answer answers[GEN_MAX_ANSWERS];
	size_t count;
	int line;
};

struct gen_guide {
	const char *path;
	struct gen_node nodes[GEN_MAX_NODES];
	size_t count;
};

bool gen_guide_parse(const char *path, struct gen_guide *g);
bool gen_guide_parse_buffer(const char *path, const char *buf, size_t n,
			    struct gen_guide *g);
/* Resolves every answer against the sorted records and checks the
 * whole: targets exist, all reachable from start, no cycle. */
void gen_guide_check(struct gen_guide *g, const struct gen_record *recs, size_t count);

/* vendors.c: which header fields say which hop answered. */
#define GEN_MAX_VENDORS  32
#define GEN_MAX_MATCHES  8
#define GEN_VENDOR_FIELD 48

struct gen_match {
	char field[GEN_VENDOR_FIELD];
	const char *pattern;
	int line;
};

struct gen_vendor {
	const char *name, *kind, *meaning, *says;
	struct gen_match matches[GEN_MAX_MATCHES];
	size_t match_count;
	size_t sources;
	int line, meaning_line;
};

struct gen_vendors {
	const char *path;
	struct gen_vendor vendors[GEN_MAX_VENDORS];
	size_t count;
};

bool gen_vendors_parse(const char *path, struct gen_vendors *v);
bool gen_vendors_parse_buffer(const char *path, const char *buf, size_t n,
			      struct gen_vendors *v);
/* Each vendor complete; a meaning names the source of some record. */
void gen_vendors_check(const struct gen_vendors *v, const struct gen_record *recs,
		       size_t count);

/* ecosystems.c: where each library's constants were read. */
struct gen_ecosystems {
	const char *label[ECO_COUNT];
	const char *source[ECO_COUNT];
	size_t count;
};

bool gen_ecosystems_parse(const char *path, struct gen_ecosystems *e);

/* diag.c: every problem goes through here as file:line: message. */
void gen_error(const char *path, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void gen_verror(const char *path, int line, const char *fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));
unsigned gen_error_count(void);
/* Reads up to size bytes of a file into buf; (size_t)-1, reported, when
 * it cannot be opened or read. */
size_t gen_read_file(const char *path, char *buf, size_t size);
/* Where messages go; stderr unless set (the fuzzer silences them). */
void gen_diag_to(FILE *stream);

/* parse.c: reads one file into *rec; false when it has errors.  The
 * strings live in a fixed pool shared by all records; gen_pool_reset
 * empties it (for the fuzzer, which parses without end). */
bool gen_parse_file(const char *path, struct gen_record *rec);
bool gen_parse_buffer(const char *path, const char *buf, size_t n,
		      struct gen_record *rec);
void gen_pool_reset(void);

/* check.c: what one record cannot tell on its own. */
void gen_sort(struct gen_record *recs, size_t count);
void gen_check_set(const struct gen_record *recs, size_t count);
const struct gen_record *gen_lookup(const struct gen_record *recs,
				    size_t count, unsigned code);
/* The record a related item names: the one of that code whose source
 * starts with the word source, or with no word, any record of the code. */
const struct gen_record *gen_find_meaning(const struct gen_record *recs,
					  size_t count, unsigned code,
					  const char *source);

/* lint.c: the content quality bar. */
void gen_lint(const struct gen_record *recs, size_t count);

/* index.c: the search index, sorted by word, then record. */
struct gen_posting {
	char word[HTTPREF_WORD_MAX];
	unsigned row;
	enum httpref_field field;
};

size_t gen_index_build(const struct gen_record *recs, size_t count,
		       const struct gen_posting **out);

/* views.c: text the program prints as it is.  Each writes into out,
 * NUL-terminated; false when it does not fit in size. */
/* The one-line view after the code; *head is the length before the
 * summary. */
bool gen_line_view(const struct gen_record *rec, char *out, size_t size, size_t *head);
/* The record as a JSON object, as it follows "[" or ",". */
bool gen_json_view(const struct gen_record *rec, char *out, size_t size);

/* emit_c.c: the table compiled into httpref. */
void gen_emit_c(FILE *out, const struct gen_record *recs, size_t count,
		const struct gen_guide *guide, const struct gen_vendors *vendors);
/* emit_man.c: the httpref-codes(7) manual page. */
void gen_emit_man(FILE *out, const struct gen_record *recs, size_t count,
		  const struct gen_ecosystems *ecosystems);
/* date.c: the page's date, from SOURCE_DATE_EPOCH or a fixed one, as
 * "December 3, 2026"; false, with an error, when the variable is bad. */
bool gen_man_date(char *buf, size_t size);

#endif
