/* --compare: the questions that decide between codes, each code's answer
 * taken from its record, and what each record says of the others.  A
 * table where every column has room, otherwise one question at a time. */
#include <stdio.h>
#include <string.h>

#include "compare.h"
#include "json.h"
#include "query.h"
#include "style.h"
#include "wrap.h"

/* The label column of the table, and the gap between its columns. */
#define LABEL_COLS 13
#define GAP 2
/* Narrower columns than this read badly: the view is stacked instead. */
#define MIN_COLUMN 24
/* Stacked answers hang under the code. */
#define STACK_HANG 7

enum question {
	Q_MEANS, Q_SOURCE, Q_FAULT, Q_RETRY, Q_CACHEABLE, Q_HEADERS, Q_CLIENTS,
	Q_COUNT
};

static const char *const question_label[Q_COUNT] = {
	"Means", "Source", "Whose fault", "Retry", "Cacheable", "Headers",
	"Clients",
};

static const char *const question_key[Q_COUNT] = {
	"means", "status", "fault", "retry", "cacheable", "headers", "clients",
};

/* Whose fault the class says it is; Retry and the record tell more. */
static const char *fault(unsigned code)
{
	static const char *const by_class[] = {
		"unknown: no response arrived (0xx)",
		"nobody's: an interim answer, the final one follows (1xx)",
		"nobody's: the request succeeded (2xx)",
		"nobody's: the client has another step to take (3xx)",
		"the client's side: the server blames the request or client (4xx)",
		"the server's side: the server, or one behind it, failed (5xx)",
	};

	return code / 100 < LEN(by_class) ? by_class[code / 100] : "";
}

/* Appends s to buf, as much as fits, keeping it NUL-terminated. */
static void append(char *buf, size_t *used, size_t size, const char *s, size_t n)
{
	if (n > size - 1 - *used)
		n = size - 1 - *used;
	memcpy(buf + *used, s, n);
	*used += n;
	buf[*used] = '\0';
}

static void append_str(char *buf, size_t *used, size_t size, const char *s)
{
	append(buf, used, size, s, strlen(s));
}

/* The answer of one record to one question, in buf. */
static const char *answer(const struct httpref_record *rec, enum question q,
			  char *buf, size_t size)
{
	size_t used = 0, i, n;
	const char *s;

	buf[0] = '\0';
	switch (q) {
	case Q_MEANS:
		return rec->summary;
	case Q_SOURCE:
		append_str(buf, &used, size, httpref_status_name(rec->status));
		append_str(buf, &used, size, " (");
		append_str(buf, &used, size, rec->source);
		append_str(buf, &used, size, ")");
		return buf;
	case Q_FAULT:
		return fault(rec->code);
	case Q_RETRY:
		return rec->retry != NULL ? rec->retry : "the record does not say";
	case Q_CACHEABLE:
		return rec->cacheable == CACHEABLE_YES ? "yes, by default" :
		       rec->cacheable == CACHEABLE_NO ? "no, unless the response says so" :
		       "the record does not say";
	case Q_HEADERS:
		/* The field names only: "Retry-After: what it does" gives
		 * "Retry-After". */
		for (i = 0; i < rec->headers.count; i++) {
			s = rec->headers.items[i];
			n = strcspn(s, ":");
			append_str(buf, &used, size, i > 0 ? ", " : "");
			append(buf, &used, size, s, n);
		}
		return rec->headers.count > 0 ? buf : "none in particular";
	case Q_CLIENTS:
		/* Its first sentence: the rest is in the record. */
		s = rec->clients;
		if (s == NULL)
			return "the record does not say";
		for (n = 0; s[n] != '\0' && !(s[n] == '.' && s[n + 1] == ' '); n++)
			;
		append(buf, &used, size, s, s[n] == '.' ? n + 1 : n);
		return buf;
	case Q_COUNT:
		break;
	}
	return "";
}

/* The next line of at most width columns from *s, as *len bytes; moves
 * *s past it and the spaces after it.  Words break at spaces; a word
 * wider than the column is cut, so the table stays aligned. */
static size_t next_line(const char **s, size_t width, size_t *len)
{
	const char *p = *s;
	size_t end = 0, cols = 0, best = 0, best_cols = 0, i = 0, c;

	while (p[i] != '\0') {
		if (p[i] == ' ') {
			best = i;
			best_cols = cols;
		}
		c = ((unsigned char)p[i] & 0xc0) != 0x80;
		if (cols + c > width)
			break;
		cols += c;
		i++;
	}
	if (p[i] == '\0' || p[i] == ' ') {
		end = i;
		best_cols = cols;
	} else if (best > 0) {
		end = best;
	} else {
		end = i;
		best_cols = cols;
	}
	*len = end;
	p += end;
	while (*p == ' ')
		p++;
	*s = p;
	return best_cols;
}

static void title(char *buf, size_t size, const struct httpref_record *rec)
{
	char code[4];
	size_t used = 0;

	buf[0] = '\0';
	append_str(buf, &used, size, httpref_code_text(rec->code, code));
	append_str(buf, &used, size, " ");
	append_str(buf, &used, size, rec->name);
	if (rec->status == STATUS_UNOFFICIAL) {
		append_str(buf, &used, size, " (");
		append_str(buf, &used, size, rec->source);
		append_str(buf, &used, size, ")");
	}
}

/* One row of the table: the label, then each cell wrapped in its
 * column, as many lines as the longest cell needs. */
static void table_row(struct out *out, const char *label, const char *const *cells,
		      size_t n, size_t column, const struct render_opts *o)
{
	const char *left[COMPARE_MAX];
	size_t i, len, cols, pad;
	bool more = true, first = true;

	memcpy(left, cells, n * sizeof(cells[0]));
	while (more) {
		more = false;
		pad = 0;
		if (first) {
			out_str(out, style_on(STYLE_HEADING, 0, o->colour));
			out_str(out, label);
			out_str(out, style_off(o->colour));
			pad = LABEL_COLS - strlen(label);
		} else {
			pad = LABEL_COLS;
		}
		for (i = 0; i < n; i++) {
			const char *s = left[i];

			if (*s == '\0') {
				pad += column + GAP;
				continue;
			}
			cols = next_line(&left[i], column, &len);
			out_spaces(out, pad);
			out_write(out, s, len);
			pad = column - cols + GAP;
			more = more || *left[i] != '\0';
		}
		out_char(out, '\n');
		first = false;
	}
}

static void render_table(struct out *out, const struct httpref_record *recs,
			 size_t n, size_t column, const struct render_opts *o)
{
	static char bufs[COMPARE_MAX][1024];
	const char *cells[COMPARE_MAX];
	size_t i;
	enum question q;

	for (i = 0; i < n; i++) {
		title(bufs[i], sizeof(bufs[i]), &recs[i]);
		cells[i] = bufs[i];
	}
	table_row(out, "", cells, n, column, o);
	for (q = 0; q < Q_COUNT; q++) {
		out_char(out, '\n');
		for (i = 0; i < n; i++)
			cells[i] = answer(&recs[i], q, bufs[i], sizeof(bufs[i]));
		table_row(out, question_label[q], cells, n, column, o);
	}
}

static void heading(struct out *out, const char *text, const struct render_opts *o)
{
	out_str(out, style_on(STYLE_HEADING, 0, o->colour));
	out_str(out, text);
	out_str(out, style_off(o->colour));
	out_char(out, '\n');
}

/* "  401  answer", the answer hanging under itself. */
static void stacked_answer(struct out *out, const struct httpref_record *rec,
			   const char *text, const struct render_opts *o)
{
	char code[4];

	out_spaces(out, 2);
	out_str(out, style_on(STYLE_CLASS, rec->code, o->colour));
	out_write(out, httpref_code_text(rec->code, code), 3);
	out_str(out, style_off(o->colour));
	out_spaces(out, STACK_HANG - 5);
	wrap_text(out, text, STACK_HANG, STACK_HANG, o->width);
}

static void render_stacked(struct out *out, const struct httpref_record *recs,
			   size_t n, const struct render_opts *o)
{
	char buf[1024];
	size_t i;
	enum question q;

	for (i = 0; i < n; i++) {
		title(buf, sizeof(buf), &recs[i]);
		out_str(out, style_on(STYLE_TITLE, recs[i].code, o->colour));
		out_str(out, buf);
		out_str(out, style_off(o->colour));
		out_char(out, '\n');
	}
	for (q = 0; q < Q_COUNT; q++) {
		out_char(out, '\n');
		heading(out, question_label[q], o);
		for (i = 0; i < n; i++)
			stacked_answer(out, &recs[i], answer(&recs[i], q, buf, sizeof(buf)), o);
	}
}

/* What record a says of record b among its related codes, or NULL. */
static const char *says_of(const struct httpref_record *a, const struct httpref_record *b)
{
	size_t i;

	for (i = 0; i < a->related.count; i++) {
		const struct httpref_related *r = &a->related.items[i];

		if (r->code == b->code &&
		    (r->source == NULL || httpref_source_word_is(b->source, r->source)))
			return r->why;
	}
	return NULL;
}

static void render_differences(struct out *out, const struct httpref_record *recs,
			       size_t n, const struct render_opts *o)
{
	char code[4], lead[64];
	const char *why;
	size_t i, j, shown = 0;

	out_char(out, '\n');
	heading(out, "How they differ", o);
	for (i = 0; i < n; i++) {
		for (j = 0; j < n; j++) {
			if (i == j || (why = says_of(&recs[i], &recs[j])) == NULL ||
			    *why == '\0')
				continue;
			snprintf(lead, sizeof(lead), "  %s on ",
				 httpref_code_text(recs[i].code, code));
			out_str(out, lead);
			out_str(out, style_on(STYLE_CLASS, recs[j].code, o->colour));
			out_write(out, httpref_code_text(recs[j].code, code), 3);
			out_str(out, style_off(o->colour));
			out_write(out, ": ", 2);
			wrap_text(out, why, strlen(lead) + 5, STACK_HANG, o->width);
			shown++;
		}
	}
	if (shown == 0) {
		out_spaces(out, 2);
		wrap_text(out, "None of these records names another as related; "
			  "read each one in full.", 2, 2, o->width);
	}
}

void compare_render(struct out *out, const size_t *rows, size_t n,
		    const struct render_opts *o)
{
	static struct httpref_record recs[COMPARE_MAX];
	size_t i, column;

	for (i = 0; i < n && i < COMPARE_MAX; i++)
		httpref_get(rows[i], &recs[i]);
	n = i;
	column = o->width > LABEL_COLS + GAP * (n - 1) ?
		 (o->width - LABEL_COLS - GAP * (n - 1)) / n : 0;
	if (column >= MIN_COLUMN)
		render_table(out, recs, n, column, o);
	else
		render_stacked(out, recs, n, o);
	render_differences(out, recs, n, o);
}

void compare_json(struct out *out, const size_t *rows, size_t n)
{
	struct httpref_record rec, other;
	char buf[1024], code[4];
	size_t i, j, k;
	enum question q;
	const char *why;

	out_char(out, '[');
	for (i = 0; i < n; i++) {
		httpref_get(rows[i], &rec);
		out_str(out, i > 0 ? ",\n  {\"code\": " : "\n  {\"code\": ");
		out_str(out, httpref_code_text(rec.code, code));
		out_str(out, ", \"name\": ");
		json_string(out, rec.name);
		out_str(out, ", \"source\": ");
		json_string(out, rec.source);
		for (q = 0; q < Q_COUNT; q++) {
			out_str(out, ",\n   \"");
			out_str(out, question_key[q]);
			out_str(out, "\": ");
			if (q == Q_SOURCE)
				json_string(out, httpref_status_name(rec.status));
			else if (q == Q_CACHEABLE)
				out_str(out, rec.cacheable == CACHEABLE_YES ? "true" :
					rec.cacheable == CACHEABLE_NO ? "false" : "null");
			else if (q == Q_RETRY && rec.retry == NULL)
				out_str(out, "null");
			else
				json_string(out, answer(&rec, q, buf, sizeof(buf)));
		}
		out_str(out, ",\n   \"differences\": [");
		for (j = 0, k = 0; j < n; j++) {
			if (j == i)
				continue;
			httpref_get(rows[j], &other);
			if ((why = says_of(&rec, &other)) == NULL || *why == '\0')
				continue;
			out_str(out, k++ > 0 ? ", {\"code\": " : "{\"code\": ");
			out_str(out, httpref_code_text(other.code, code));
			out_str(out, ", \"source\": ");
			json_string(out, other.source);
			out_str(out, ", \"why\": ");
			json_string(out, why);
			out_char(out, '}');
		}
		out_str(out, "]}");
	}
	out_str(out, "\n]\n");
}

/* A code gives all its meanings; a name its exact match, else its only
 * match; a constant the records that have it. */
size_t compare_resolve(const char *arg, size_t *rows, size_t max)
{
	struct httpref_record rec;
	struct query q;
	size_t first, n = 0, i, exact = 0, partial = 0, found[COMPARE_MAX];

	if (query_parse(arg, &q) != QUERY_OK)
		return 0;
	if (q.kind == QUERY_CODE) {
		n = httpref_find(q.code, &first);
		for (i = 0; i < n && i < max; i++)
			rows[i] = first + i;
		return i;
	}
	if (q.kind != QUERY_NAME)
		return 0;
	for (i = 0; i < httpref_record_count; i++) {
		httpref_get(i, &rec);
		if (query_exact_name(&q, &rec) && n < max)
			rows[n++] = i;
	}
	if (n > 0)
		return n;
	for (i = 0; i < httpref_record_count; i++) {
		httpref_get(i, &rec);
		if (query_matches(&q, &rec)) {
			partial++;
			first = i;
		}
	}
	if (partial == 1) {
		rows[0] = first;
		return 1;
	}
	exact = httpref_constant_find(q.text, found, LEN(found));
	for (i = 0; i < exact; i++) {
		struct httpref_constant c;
		size_t row = httpref_constant_at(found[i], &c), j;

		for (j = 0; j < n && rows[j] != row; j++)
			;
		if (j == n && n < max)
			rows[n++] = row;
	}
	return n;
}
