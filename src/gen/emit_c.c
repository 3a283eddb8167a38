/* Writes the records as the table compiled into httpref: all text in
 * one byte array, and the rows, list items, related codes and search
 * index as integers that point into it (layout: httpref_table.h).  With
 * no pointers in the table, the loader has nothing to relocate. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

#define GEN_MAX_POSTINGS_WORDS (1 << 16)

/* All text, as it will be laid out in httpref_text.  Offset 0 is the
 * empty string, which stands for an absent field. */
static char text[4 << 20];
static size_t text_used;
static bool text_full;

static uint32_t add_text(const char *s)
{
	size_t n, at = text_used;

	if (s == NULL)
		return 0;
	n = strlen(s) + 1;
	if (n > sizeof(text) - text_used) {
		text_full = true;
		return 0;
	}
	memcpy(text + text_used, s, n);
	text_used += n;
	return (uint32_t)at;
}

static const enum gen_field row_lists[ROW_LISTS] = {
	[ROW_ALIASES] = F_ALIASES, [ROW_CAUSES] = F_CAUSES, [ROW_FIXES] = F_FIXES,
	[ROW_MISTAKES] = F_MISTAKES, [ROW_HEADERS] = F_HEADERS,
	[ROW_SOURCES] = F_SOURCES,
};

/* Where each record's strings landed in the text. */
static struct {
	uint32_t field[F_COUNT];
	uint32_t item[ROW_LISTS][GEN_MAX_ITEMS];
	uint32_t why[GEN_MAX_ITEMS], source[GEN_MAX_ITEMS];
	uint32_t constant[GEN_MAX_LIST], note[GEN_MAX_LIST];
} placed[GEN_MAX_RECORDS];

static void add_list(size_t r, const struct gen_record *rec, enum httpref_row_list l)
{
	const struct gen_list *list = &rec->list[row_lists[l]];
	size_t i;

	for (i = 0; i < list->count; i++)
		placed[r].item[l][i] = add_text(list->items[i]);
}

/* Where each record's views landed, with a sentinel entry after the
 * last record's, and the longest views seen (see views.c). */
static struct {
	uint32_t line, json;
	size_t line_head;
} views[GEN_MAX_RECORDS + 1];
static char view[1 << 20];

/* One kind of view for every record, one after another, so that each
 * ends where the next starts. */
static void place_lines(const struct gen_record *recs, size_t count)
{
	size_t r;

	for (r = 0; r < count; r++) {
		if (!gen_line_view(&recs[r], view, sizeof(view), &views[r].line_head) ||
		    views[r].line_head > UINT16_MAX)
			gen_error(recs[r].path, 0, "its one-line view is too long");
		views[r].line = add_text(view);
	}
	views[count].line = (uint32_t)text_used;
}

static void place_json(const struct gen_record *recs, size_t count)
{
	size_t r;

	for (r = 0; r < count; r++) {
		if (!gen_json_view(&recs[r], view, sizeof(view)))
			gen_error(recs[r].path, 0, "its JSON is longer than %zu bytes",
				  sizeof(view) - 1);
		views[r].json = add_text(view);
	}
	views[count].json = (uint32_t)text_used;
}

/* Names, sources, summaries and aliases first and together: lists,
 * suggestions and related codes read only these, so they share a few
 * pages, and the one-line views after them, which lists print.  Then
 * each record's detail in one run, in the order shown. */
static void lay_out(const struct gen_record *recs, size_t count)
{
	static const enum gen_field brief[] = { F_NAME, F_SOURCE, F_SUMMARY };
	static const enum gen_field detail[] = {
		F_REFERENCE, F_DESCRIPTION, F_INSIGHT, F_CLIENTS, F_EXAMPLE, F_RETRY,
	};
	size_t r, i;
	enum httpref_row_list l;

	text[0] = '\0';
	text_used = 1;
	for (r = 0; r < count; r++) {
		for (i = 0; i < LEN(brief); i++)
			placed[r].field[brief[i]] = add_text(recs[r].value[brief[i]]);
		add_list(r, &recs[r], ROW_ALIASES);
	}
	place_lines(recs, count);
	/* Lookups by constant read the names, so they come early too. */
	for (r = 0; r < count; r++)
		for (i = 0; i < recs[r].constant_count; i++)
			placed[r].constant[i] = add_text(recs[r].constants[i].name);
	for (r = 0; r < count; r++) {
		for (i = 0; i < LEN(detail); i++)
			placed[r].field[detail[i]] = add_text(recs[r].value[detail[i]]);
		for (l = ROW_CAUSES; l < ROW_LISTS; l++)
			add_list(r, &recs[r], l);
		for (i = 0; i < recs[r].related_count; i++) {
			placed[r].why[i] = add_text(recs[r].related[i].why);
			placed[r].source[i] = add_text(recs[r].related[i].source);
		}
		for (i = 0; i < recs[r].constant_count; i++)
			placed[r].note[i] = add_text(recs[r].constants[i].note);
	}
}

/* Prints one number of an array initializer, ten a line. */
static void number(FILE *out, size_t i, unsigned long value)
{
	fprintf(out, "%s%lu,", i % 10 == 0 ? "\n\t\t" : " ", value);
}

static const char *const status_enum[STATUS_COUNT] = {
	"STATUS_REGISTERED", "STATUS_TEMPORARY", "STATUS_DEPRECATED",
	"STATUS_OBSOLETE", "STATUS_RESERVED", "STATUS_UNOFFICIAL",
};

static const char *const cacheable_enum[] = {
	[CACHEABLE_UNKNOWN] = "CACHEABLE_UNKNOWN",
	[CACHEABLE_NO] = "CACHEABLE_NO",
	[CACHEABLE_YES] = "CACHEABLE_YES",
};

/* Where each record's items and related codes start, and how many
 * entries each array has; every array gets a sentinel at its end, so
 * none is ever empty. */
static struct {
	uint32_t items[GEN_MAX_RECORDS];
	uint32_t related[GEN_MAX_RECORDS];
	uint32_t constants[GEN_MAX_RECORDS];
	size_t item_count, related_count, constant_count;
} starts;

static void count_entries(const struct gen_record *recs, size_t count)
{
	size_t r;
	enum httpref_row_list l;

	starts.item_count = starts.related_count = starts.constant_count = 0;
	for (r = 0; r < count; r++) {
		starts.items[r] = (uint32_t)starts.item_count;
		starts.related[r] = (uint32_t)starts.related_count;
		starts.constants[r] = (uint32_t)starts.constant_count;
		for (l = 0; l < ROW_LISTS; l++)
			starts.item_count += recs[r].list[row_lists[l]].count;
		starts.related_count += recs[r].related_count;
		starts.constant_count += recs[r].constant_count;
	}
	/* The rows hold these as 16-bit indexes. */
	if (starts.item_count > UINT16_MAX || starts.related_count > UINT16_MAX ||
	    starts.constant_count > UINT16_MAX)
		gen_error("data", 0, "more list items than the table's 16-bit indexes hold");
}

/* The index's unique words, with their text placed after the records'. */
static struct {
	uint32_t text;
	size_t first, count;
} words[GEN_MAX_POSTINGS_WORDS];
static size_t word_count;

static void place_words(const struct gen_posting *p, size_t n)
{
	size_t i, next;

	word_count = 0;
	for (i = 0; i < n; i = next) {
		for (next = i + 1; next < n && strcmp(p[next].word, p[i].word) == 0; next++)
			;
		if (word_count == LEN(words)) {
			gen_error("data", 0, "more than %zu indexed words", LEN(words));
			return;
		}
		words[word_count].text = add_text(p[i].word);
		words[word_count].first = i;
		words[word_count].count = next - i;
		word_count++;
	}
}

static void emit_row(FILE *out, const struct gen_record *rec, size_t r)
{
	const uint32_t *f = placed[r].field;
	enum httpref_row_list l;

	fprintf(out, "\t\t{ /* %s */\n", rec->path);
	fprintf(out, "\t\t\t.code = %u, .status = %s, .cacheable = %s,\n", rec->code,
		status_enum[rec->status], cacheable_enum[rec->cacheable]);
	fprintf(out, "\t\t\t.name = %lu, .source = %lu, .reference = %lu, .summary = %lu,\n",
		(unsigned long)f[F_NAME], (unsigned long)f[F_SOURCE],
		(unsigned long)f[F_REFERENCE], (unsigned long)f[F_SUMMARY]);
	fprintf(out, "\t\t\t.description = %lu, .insight = %lu, .clients = %lu, "
		".example = %lu, .retry = %lu,\n", (unsigned long)f[F_DESCRIPTION],
		(unsigned long)f[F_INSIGHT], (unsigned long)f[F_CLIENTS],
		(unsigned long)f[F_EXAMPLE], (unsigned long)f[F_RETRY]);
	fprintf(out, "\t\t\t.items = %lu, .count = {", (unsigned long)starts.items[r]);
	for (l = 0; l < ROW_LISTS; l++)
		fprintf(out, "%s%zu", l > 0 ? ", " : " ", rec->list[row_lists[l]].count);
	fprintf(out, " },\n\t\t\t.related = %lu, .related_count = %zu,\n",
		(unsigned long)starts.related[r], rec->related_count);
	fprintf(out, "\t\t\t.constants = %lu, .constant_count = %zu,\n\t\t},\n",
		(unsigned long)starts.constants[r], rec->constant_count);
}

static void emit_rows(FILE *out, const struct gen_record *recs, size_t count)
{
	size_t r;

	fputs("\t.rows = {\n", out);
	for (r = 0; r < count; r++)
		emit_row(out, &recs[r], r);
	fputs("\t\t{ .code = 0 },\n\t},\n", out);
}

static void emit_views(FILE *out, size_t count)
{
	size_t r;

	fputs("\t.views = {\n", out);
	for (r = 0; r <= count; r++)
		fprintf(out, "\t\t{ %lu, %lu, %zu },\n", (unsigned long)views[r].line,
			(unsigned long)views[r].json, r < count ? views[r].line_head : 0);
	fputs("\t},\n", out);
}

static void emit_items(FILE *out, const struct gen_record *recs, size_t count)
{
	size_t r, i, n = 0;
	enum httpref_row_list l;

	fputs("\t.items = {", out);
	for (r = 0; r < count; r++)
		for (l = 0; l < ROW_LISTS; l++)
			for (i = 0; i < recs[r].list[row_lists[l]].count; i++)
				number(out, n++, placed[r].item[l][i]);
	number(out, n, 0);
	fputs("\n\t},\n", out);
}

static void emit_related(FILE *out, const struct gen_record *recs, size_t count)
{
	size_t r, i;

	fputs("\t.related = {\n", out);
	for (r = 0; r < count; r++)
		for (i = 0; i < recs[r].related_count; i++)
			fprintf(out, "\t\t{ %lu, %lu, %u },\n", (unsigned long)placed[r].why[i],
				(unsigned long)placed[r].source[i], recs[r].related[i].code);
	fputs("\t\t{ 0, 0, 0 },\n\t},\n", out);
}

static void emit_constants(FILE *out, const struct gen_record *recs, size_t count)
{
	size_t r, i;

	fputs("\t.constants = {\n", out);
	for (r = 0; r < count; r++)
		for (i = 0; i < recs[r].constant_count; i++)
			fprintf(out, "\t\t{ %lu, %lu, %zu, %d, %d },\n",
				(unsigned long)placed[r].constant[i],
				(unsigned long)placed[r].note[i], r,
				(int)recs[r].constants[i].ecosystem,
				recs[r].constants[i].current);
	fputs("\t\t{ 0, 0, 0, 0, 0 },\n\t},\n", out);
}

/* The named constants, in the order of their bare names. */
struct named {
	const char *name;
	size_t index;
};
static struct named named[GEN_MAX_RECORDS * GEN_MAX_LIST];
static size_t named_count;

static int compare_named(const void *a, const void *b)
{
	const struct named *x = a, *y = b;
	int c = httpref_bare_compare(httpref_bare_constant(x->name),
				     httpref_bare_constant(y->name));

	if (c != 0)
		return c;
	return x->index < y->index ? -1 : x->index > y->index;
}

static void emit_constant_order(FILE *out, const struct gen_record *recs, size_t count)
{
	size_t r, i, n = 0;

	named_count = 0;
	for (r = 0; r < count; r++)
		for (i = 0; i < recs[r].constant_count; i++, n++)
			if (recs[r].constants[i].name != NULL) {
				named[named_count].name = recs[r].constants[i].name;
				named[named_count++].index = n;
			}
	qsort(named, named_count, sizeof(named[0]), compare_named);
	fputs("\t.constant_order = {", out);
	for (i = 0; i < named_count; i++)
		number(out, i, named[i].index);
	number(out, named_count, 0);
	fputs("\n\t},\n", out);
}

static void emit_text(FILE *out)
{
	size_t i;

	/* Bytes, not a string literal: C11 promises literals of only 4095
	 * bytes, and this is far longer. */
	fputs("\t.text = {", out);
	for (i = 0; i < text_used; i++)
		fprintf(out, "%s%u,", i % 16 == 0 ? "\n\t\t" : " ", (unsigned char)text[i]);
	fputs("\n\t},\n", out);
}

static void emit_index(FILE *out, const struct gen_posting *p, size_t n)
{
	size_t i;

	fputs("\t.words = {\n", out);
	for (i = 0; i < word_count; i++)
		fprintf(out, "\t\t{ %lu, %zu, %zu }, /* %s */\n", (unsigned long)words[i].text,
			words[i].first, words[i].count, p[words[i].first].word);
	fputs("\t\t{ 0, 0, 0 },\n\t},\n\t.postings = {", out);
	for (i = 0; i < n; i++)
		fprintf(out, "%s{ %u, %d },", i % 6 == 0 ? "\n\t\t" : " ", p[i].row,
			(int)p[i].field);
	fputs("\n\t\t{ 0, FIELD_NONE },\n\t},\n", out);
}

static size_t constant_named(const struct gen_record *recs, size_t count)
{
	size_t r, i, n = 0;

	for (r = 0; r < count; r++)
		for (i = 0; i < recs[r].constant_count; i++)
			n += recs[r].constants[i].name != NULL;
	return n;
}

/* The guide's text goes last: only --guide reads it. */
static struct {
	uint32_t id[GEN_MAX_NODES], topic[GEN_MAX_NODES], ask[GEN_MAX_NODES];
	uint32_t answer[GEN_MAX_NODES][GEN_MAX_ANSWERS];
	size_t answers;
} guide_at;

static void place_guide(const struct gen_guide *g)
{
	size_t i, j;

	guide_at.answers = 0;
	for (i = 0; g != NULL && i < g->count; i++) {
		guide_at.id[i] = add_text(g->nodes[i].id);
		guide_at.topic[i] = g->nodes[i].topic[0] != '\0' ? add_text(g->nodes[i].topic) : 0;
		guide_at.ask[i] = add_text(g->nodes[i].ask);
		for (j = 0; j < g->nodes[i].count; j++)
			guide_at.answer[i][j] = add_text(g->nodes[i].answers[j].text);
		guide_at.answers += g->nodes[i].count;
	}
}

static void emit_guide(FILE *out, const struct gen_guide *g)
{
	size_t i, j, first = 0;

	fputs("\t.guide_nodes = {\n", out);
	for (i = 0; g != NULL && i < g->count; i++) {
		fprintf(out, "\t\t{ %lu, %lu, %lu, %zu, %zu }, /* %s */\n",
			(unsigned long)guide_at.id[i], (unsigned long)guide_at.topic[i],
			(unsigned long)guide_at.ask[i], first, g->nodes[i].count,
			g->nodes[i].id);
		first += g->nodes[i].count;
	}
	fputs("\t\t{ 0, 0, 0, 0, 0 },\n\t},\n\t.guide_answers = {\n", out);
	for (i = 0; g != NULL && i < g->count; i++) {
		for (j = 0; j < g->nodes[i].count; j++) {
			const struct gen_answer *a = &g->nodes[i].answers[j];

			fprintf(out, "\t\t{ %lu, %u, %zu },\n", (unsigned long)guide_at.answer[i][j],
				a->is_code ? 0xffffu : (unsigned)a->node, a->is_code ? a->row : 0);
		}
	}
	fputs("\t\t{ 0, 0, 0 },\n\t},\n", out);
}

static struct {
	uint32_t name[GEN_MAX_VENDORS], kind[GEN_MAX_VENDORS];
	uint32_t meaning[GEN_MAX_VENDORS], says[GEN_MAX_VENDORS];
	uint32_t field[GEN_MAX_VENDORS][GEN_MAX_MATCHES];
	uint32_t pattern[GEN_MAX_VENDORS][GEN_MAX_MATCHES];
	size_t matches;
} vendor_at;

static void place_vendors(const struct gen_vendors *v)
{
	size_t i, j;

	vendor_at.matches = 0;
	for (i = 0; v != NULL && i < v->count; i++) {
		vendor_at.name[i] = add_text(v->vendors[i].name);
		vendor_at.kind[i] = add_text(v->vendors[i].kind);
		vendor_at.meaning[i] = add_text(v->vendors[i].meaning);
		vendor_at.says[i] = add_text(v->vendors[i].says);
		for (j = 0; j < v->vendors[i].match_count; j++) {
			vendor_at.field[i][j] = add_text(v->vendors[i].matches[j].field);
			vendor_at.pattern[i][j] = add_text(v->vendors[i].matches[j].pattern);
		}
		vendor_at.matches += v->vendors[i].match_count;
	}
}

static void emit_vendors(FILE *out, const struct gen_vendors *v)
{
	size_t i, j, first = 0;

	fputs("\t.vendors = {\n", out);
	for (i = 0; v != NULL && i < v->count; i++) {
		fprintf(out, "\t\t{ %lu, %lu, %lu, %lu, %zu, %zu },\n",
			(unsigned long)vendor_at.name[i], (unsigned long)vendor_at.kind[i],
			(unsigned long)vendor_at.meaning[i], (unsigned long)vendor_at.says[i],
			first, v->vendors[i].match_count);
		first += v->vendors[i].match_count;
	}
	fputs("\t\t{ 0, 0, 0, 0, 0, 0 },\n\t},\n\t.vendor_matches = {\n", out);
	for (i = 0; v != NULL && i < v->count; i++)
		for (j = 0; j < v->vendors[i].match_count; j++)
			fprintf(out, "\t\t{ %lu, %lu },\n", (unsigned long)vendor_at.field[i][j],
				(unsigned long)vendor_at.pattern[i][j]);
	fputs("\t\t{ 0, 0 },\n\t},\n", out);
}

void gen_emit_c(FILE *out, const struct gen_record *recs, size_t count,
		const struct gen_guide *guide, const struct gen_vendors *vendors)
{
	const struct gen_posting *postings;
	size_t npostings;

	lay_out(recs, count);
	count_entries(recs, count);
	npostings = gen_index_build(recs, count, &postings);
	place_words(postings, npostings);
	place_guide(guide);
	place_vendors(vendors);
	/* Only --json reads these, so they come last of all. */
	place_json(recs, count);
	if (text_full)
		gen_error("data", 0, "more than %zu bytes of text", sizeof(text));
	fputs("/* Generated by httpref-gen from the files in data/: do not edit.\n"
	      " * Change those files and run make instead. */\n"
	      "#include <stddef.h>\n#include <stdint.h>\n\n"
	      "#include \"httpref.h\"\n#include \"httpref_table.h\"\n\n", out);
	fprintf(out, "static const struct {\n"
		"\tstruct httpref_row rows[%zu];\n"
		"\tstruct httpref_view_row views[%zu];\n"
		"\tuint32_t items[%zu];\n"
		"\tstruct httpref_related_row related[%zu];\n"
		"\tstruct httpref_constant_row constants[%zu];\n"
		"\tuint16_t constant_order[%zu];\n"
		"\tchar text[%zu];\n"
		"\tstruct httpref_word words[%zu];\n"
		"\tstruct httpref_posting postings[%zu];\n"
		"\tstruct httpref_guide_node guide_nodes[%zu];\n"
		"\tstruct httpref_guide_answer guide_answers[%zu];\n"
		"\tstruct httpref_vendor vendors[%zu];\n"
		"\tstruct httpref_vendor_match vendor_matches[%zu];\n"
		"} table = {\n", count + 1, count + 1, starts.item_count + 1,
		starts.related_count + 1,		starts.constant_count + 1, constant_named(recs, count) + 1, text_used,
		word_count + 1, npostings + 1,
		(guide != NULL ? guide->count : 0) + 1, guide_at.answers + 1,
		(vendors != NULL ? vendors->count : 0) + 1, vendor_at.matches + 1);
	emit_rows(out, recs, count);
	emit_views(out, count);
	emit_items(out, recs, count);
	emit_related(out, recs, count);
	emit_constants(out, recs, count);
	emit_constant_order(out, recs, count);
	emit_text(out);
	emit_index(out, postings, npostings);
	emit_guide(out, guide);
	emit_vendors(out, vendors);
	fprintf(out, "};\n\n"
		"const struct httpref_row *const httpref_rows = table.rows;\n"
		"const struct httpref_view_row *const httpref_views = table.views;\n"
		"const uint32_t *const httpref_items = table.items;\n"
		"const struct httpref_related_row *const httpref_related = table.related;\n"
		"const struct httpref_constant_row *const httpref_constants = table.constants;\n"
		"const uint16_t *const httpref_constant_order = table.constant_order;\n"
		"const size_t httpref_constant_named = %zu;\n"
		"const char *const httpref_text = table.text;\n"
		"const struct httpref_word *const httpref_words = table.words;\n"
		"const struct httpref_posting *const httpref_postings = table.postings;\n"
		"const size_t httpref_record_count = %zu;\n"
		"const size_t httpref_word_count = %zu;\n"
		"const struct httpref_guide_node *const httpref_guide_nodes = table.guide_nodes;\n"
		"const struct httpref_guide_answer *const httpref_guide_answers = table.guide_answers;\n"
		"const size_t httpref_guide_count = %zu;\n"
		"const struct httpref_vendor *const httpref_vendors = table.vendors;\n"
		"const struct httpref_vendor_match *const httpref_vendor_matches = "
		"table.vendor_matches;\n"
		"const size_t httpref_vendor_count = %zu;\n", named_count, count, word_count,
		guide != NULL ? guide->count : 0, vendors != NULL ? vendors->count : 0);
}
