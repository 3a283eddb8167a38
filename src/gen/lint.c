/* The content bar, checked by `httpref-gen -l` in make check: complete
 * records, every registered code present, no sentence written twice. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

/* The IANA HTTP Status Code Registry, with the reserved 306 and 418. */
static const unsigned short iana_codes[] = {
	100, 101, 102, 103, 104,
	200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
	300, 301, 302, 303, 304, 305, 306, 307, 308,
	400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413,
	414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431,
	451,
	500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
};

/* Heuristically cacheable by default: RFC 9110, section 15.1, and 451
 * by RFC 7725, section 3. */
static const unsigned short cacheable_codes[] = {
	200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501,
};

static bool in_set(const unsigned short *set, size_t n, unsigned code)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (set[i] == code)
			return true;
	return false;
}

static const struct {
	enum gen_field field;
	size_t min; /* items for a list; 1 means present for other kinds */
	size_t min_reserved;
} bar[] = {
	{ F_DESCRIPTION, 1, 1 }, { F_CAUSES, 3, 1 }, { F_FIXES, 3, 1 },
	{ F_MISTAKES, 2, 1 }, { F_INSIGHT, 1, 1 }, { F_HEADERS, 1, 1 },
	{ F_CACHEABLE, 1, 1 }, { F_CLIENTS, 1, 1 }, { F_RELATED, 1, 1 },
	{ F_EXAMPLE, 1, 1 }, { F_CONSTANTS, 1, 1 }, { F_SOURCES, 1, 1 },
	{ F_RETRY, 1, 1 },
};

static void lint_complete(const struct gen_record *rec)
{
	size_t i, have, min;

	for (i = 0; i < LEN(bar); i++) {
		enum gen_field f = bar[i].field;

		min = rec->status == STATUS_RESERVED ? bar[i].min_reserved : bar[i].min;
		if (f == F_RELATED)
			have = rec->related_count;
		else if (gen_field_kind(f) == KIND_LIST)
			have = rec->list[f].count;
		else
			have = rec->line[f] != 0;
		if (have >= min)
			continue;
		if (min == 1)
			gen_error(rec->path, 1, "%s: missing", gen_field_name(f));
		else
			gen_error(rec->path, rec->line[f] ? rec->line[f] : 1,
				  "%s: %zu items, the bar is %zu", gen_field_name(f), have, min);
	}
}

/* The example of a registered code starts with its own status line; 208
 * exists only inside a 207 Multi-Status body, so its example is a 207.
 * Unofficial codes are often never sent as such (nginx's 444 and 499
 * close the connection; 494 to 497 go out as 400), so their examples show
 * what really reaches the client. */
static unsigned example_code(unsigned code)
{
	return code == 208 ? 207 : code;
}

static void lint_values(const struct gen_record *rec)
{
	const char *summary = rec->value[F_SUMMARY];
	const char *example = rec->value[F_EXAMPLE];
	size_t n = strlen(summary);
	char status[16];

	if (n > 0 && summary[n - 1] != '.')
		gen_error(rec->path, rec->line[F_SUMMARY], "summary: end it with a full stop");
	if (rec->status != STATUS_UNOFFICIAL && rec->line[F_CACHEABLE] != 0 &&
	    (rec->cacheable == CACHEABLE_YES) !=
	    in_set(cacheable_codes, LEN(cacheable_codes), rec->code))
		gen_error(rec->path, rec->line[F_CACHEABLE],
			  "cacheable: RFC 9110, section 15.1 (RFC 7725 for 451) says %s",
			  rec->cacheable == CACHEABLE_YES ? "no" : "yes");
	if (example == NULL || rec->status == STATUS_UNOFFICIAL)
		return;
	snprintf(status, sizeof(status), " %03u", example_code(rec->code));
	if (strncmp(example, "HTTP/", 5) != 0 ||
	    strncmp(example + strcspn(example, " "), status, 4) != 0)
		gen_error(rec->path, rec->line[F_EXAMPLE] + 1,
			  "example: the first line is not an HTTP/x%s status line", status);
}

/* A reason is read on one or two lines, and beside others in --compare. */
#define MAX_REASON 300

/* Sentences and list items, normalised, with where they came from. */
struct phrase {
	char text[160];
	const struct gen_record *rec;
	int line;
};

#define MAX_PHRASES (GEN_MAX_RECORDS * 64)
static struct phrase phrases[MAX_PHRASES];
static size_t phrase_count;

/* Short phrases ("See 404.") may repeat by chance; longer ones are
 * written twice only by copying. */
#define MIN_PHRASE 24

static void add_phrase(const struct gen_record *rec, int line, const char *s, size_t n)
{
	struct phrase *p;
	size_t i, out = 0;

	while (n > 0 && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	if (n < MIN_PHRASE || phrase_count == MAX_PHRASES)
		return;
	p = &phrases[phrase_count++];
	for (i = 0; i < n && out < sizeof(p->text) - 1; i++)
		p->text[out++] = (char)tolower((unsigned char)s[i]);
	p->text[out] = '\0';
	p->rec = rec;
	p->line = line;
}

static void add_sentences(const struct gen_record *rec, int line, const char *s)
{
	const char *end;

	while (*s != '\0') {
		end = strstr(s, ". ");
		if (end == NULL) {
			add_phrase(rec, line, s, strlen(s));
			return;
		}
		add_phrase(rec, line, s, (size_t)(end - s) + 1);
		s = end + 2;
	}
}

static int compare_phrases(const void *a, const void *b)
{
	const struct phrase *x = a, *y = b;
	int c = strcmp(x->text, y->text);

	if (c != 0)
		return c;
	c = strcmp(x->rec->path, y->rec->path);
	return c != 0 ? c : x->line - y->line;
}

static void lint_repeats(const struct gen_record *recs, size_t count)
{
	static const enum gen_field prose[] = {
		F_DESCRIPTION, F_INSIGHT, F_CLIENTS,
	};
	static const enum gen_field lists[] = {
		F_CAUSES, F_FIXES, F_MISTAKES, F_HEADERS,
	};
	size_t i, j, k;

	phrase_count = 0;
	for (i = 0; i < count; i++) {
		for (j = 0; j < LEN(prose); j++)
			if (recs[i].value[prose[j]] != NULL)
				add_sentences(&recs[i], recs[i].line[prose[j]],
					      recs[i].value[prose[j]]);
		for (j = 0; j < LEN(lists); j++)
			for (k = 0; k < recs[i].list[lists[j]].count; k++)
				add_sentences(&recs[i], recs[i].list[lists[j]].lines[k],
					      recs[i].list[lists[j]].items[k]);
		for (k = 0; k < recs[i].related_count; k++)
			if (recs[i].related[k].why != NULL)
				add_sentences(&recs[i], recs[i].related[k].line,
					      recs[i].related[k].why);
	}
	qsort(phrases, phrase_count, sizeof(phrases[0]), compare_phrases);
	for (i = 1; i < phrase_count; i++)
		if (strcmp(phrases[i].text, phrases[i - 1].text) == 0)
			gen_error(phrases[i].rec->path, phrases[i].line,
				  "written twice (also at %s:%d): \"%.60s\"",
				  phrases[i - 1].rec->path, phrases[i - 1].line,
				  phrases[i].text);
}

/* Every related code says why, in a sentence of its own. */
static void lint_reasons(const struct gen_record *rec)
{
	size_t i, n;

	if (rec->related_inline) {
		gen_error(rec->path, rec->line[F_RELATED], "related: give each code "
			  "as a '- CODE: why' item, saying how it differs");
		return;
	}
	for (i = 0; i < rec->related_count; i++) {
		n = strlen(rec->related[i].why);
		if (rec->related[i].why[n - 1] != '.')
			gen_error(rec->path, rec->related[i].line,
				  "related: end the reason for %03u with a full stop",
				  rec->related[i].code);
		if (n > MAX_REASON)
			gen_error(rec->path, rec->related[i].line,
				  "related: the reason for %03u is longer than %d bytes",
				  rec->related[i].code, MAX_REASON);
	}
}

/* Every library named, in the order shown; nginx's names only for
 * nginx's codes. */
static void lint_constants(const struct gen_record *rec)
{
	bool seen[ECO_COUNT] = { false };
	enum httpref_ecosystem last = 0;
	size_t i;

	for (i = 0; i < rec->constant_count; i++) {
		const struct gen_constant *c = &rec->constants[i];

		if (c->ecosystem < last)
			gen_error(rec->path, c->line, "constants: %s comes before %s "
				  "(python, go, java, spring, dotnet, aspnetcore, rack, "
				  "rust, symfony, node, nginx)", httpref_ecosystem_key(c->ecosystem),
				  httpref_ecosystem_key(last));
		if (c->ecosystem == ECO_NGINX && strcmp(rec->value[F_SOURCE], "nginx") != 0)
			gen_error(rec->path, c->line, "constants: nginx names only "
				  "nginx's own codes");
		last = c->ecosystem;
		seen[c->ecosystem] = true;
	}
	for (i = 0; i < ECO_REQUIRED; i++)
		if (!seen[i])
			gen_error(rec->path, rec->line[F_CONSTANTS] ? rec->line[F_CONSTANTS] : 1,
				  "constants: %s is missing (write '- %s: none' if it has "
				  "no name for the code)", httpref_ecosystem_key(i),
				  httpref_ecosystem_key(i));
}

/* At least two sources; a code defined by an RFC cites that section:
 * "RFC 9110, section 15.5.2" wants
 * https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2. */
static void lint_sources(const struct gen_record *rec)
{
	const struct gen_list *sources = &rec->list[F_SOURCES];
	char want[96];
	unsigned rfc;
	int n = 0;
	size_t i;

	if (sources->count < 2) {
		gen_error(rec->path, rec->line[F_SOURCES] ? rec->line[F_SOURCES] : 1,
			  "sources: %zu items, the bar is 2", sources->count);
		return;
	}
	if (sscanf(rec->value[F_REFERENCE], "RFC %u, section %n", &rfc, &n) != 1 || n == 0)
		return;
	snprintf(want, sizeof(want), "https://www.rfc-editor.org/rfc/rfc%u#section-%.*s",
		 rfc, (int)strspn(rec->value[F_REFERENCE] + n, "0123456789."),
		 rec->value[F_REFERENCE] + n);
	for (i = 0; i < sources->count; i++)
		if (strcmp(sources->items[i], want) == 0)
			return;
	gen_error(rec->path, rec->line[F_SOURCES], "sources: cite %s, the section "
		  "the reference names", want);
}

void gen_lint(const struct gen_record *recs, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++) {
		lint_complete(&recs[i]);
		lint_values(&recs[i]);
		lint_reasons(&recs[i]);
		lint_constants(&recs[i]);
		lint_sources(&recs[i]);
	}
	for (i = 0; i < LEN(iana_codes); i++)
		if (gen_lookup(recs, count, iana_codes[i]) == NULL)
			gen_error("data", 0, "%03u: the IANA registry has it, data/ does not",
				  iana_codes[i]);
	lint_repeats(recs, count);
}
