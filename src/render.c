/* Text views.  Colour is asked of style.c by meaning; wrapping is done
 * by wrap.c; the options come from main, never from the environment. */
#include <stdio.h>
#include <string.h>

#include "render.h"
#include "style.h"
#include "wrap.h"

/* Body text is indented under its heading; list items hang. */
#define INDENT 2
#define ITEM_HANG 4

static const char *const section_names[SECTION_COUNT] = {
	"summary", "description", "causes", "fixes", "mistakes", "insight",
	"headers", "clients", "cacheable", "retry", "reference", "related", "constants",
	"example", "sources",
};

const char *render_section_name(unsigned section)
{
	return section < SECTION_COUNT ? section_names[section] : NULL;
}

static void put_code(struct out *out, unsigned code)
{
	char digits[4];

	out_write(out, httpref_code_text(code, digits), 3);
}

static void heading(struct out *out, const char *title, const struct render_opts *o)
{
	out_str(out, style_on(STYLE_HEADING, 0, o->colour));
	out_str(out, title);
	out_str(out, style_off(o->colour));
}

static void paragraph(struct out *out, const char *title, const char *text,
		      const struct render_opts *o)
{
	if (text == NULL)
		return;
	heading(out, title, o);
	out_char(out, '\n');
	out_spaces(out, INDENT);
	wrap_text(out, text, INDENT, INDENT, o->width);
}

static void list(struct out *out, const char *title, const struct httpref_list *l,
		 const struct render_opts *o)
{
	size_t i;

	if (l->count == 0)
		return;
	heading(out, title, o);
	out_char(out, '\n');
	for (i = 0; i < l->count; i++) {
		out_spaces(out, INDENT);
		out_write(out, "- ", 2);
		wrap_text(out, l->items[i], ITEM_HANG, ITEM_HANG, o->width);
	}
}

/* "Label: value", the value wrapped under the label.  A first word too
 * long to follow the label, such as a URL, starts the next line when it
 * fits there. */
static void labelled(struct out *out, const char *label, const char *value,
		     const struct render_opts *o)
{
	size_t col = strlen(label) + 1, word = 0;

	while (value[word] != '\0' && value[word] != ' ')
		word++;
	heading(out, label, o);
	if (col + word > o->width && INDENT + word <= o->width) {
		out_char(out, '\n');
		out_spaces(out, INDENT);
		wrap_text(out, value, INDENT, INDENT, o->width);
		return;
	}
	out_char(out, ' ');
	wrap_text(out, value, col, INDENT, o->width);
}

/* Appends s to buf, as much as fits, keeping it NUL-terminated. */
static void append(char *buf, size_t *used, size_t size, const char *s)
{
	size_t n = strlen(s);

	if (n > size - 1 - *used)
		n = size - 1 - *used;
	memcpy(buf + *used, s, n);
	*used += n;
	buf[*used] = '\0';
}

/* "420 Enhance Your Calm": the name of the meaning an item names, or of
 * every meaning of its code, bounded by the buffer. */
static void related_title(char *buf, size_t size, const struct httpref_related *r)
{
	char code[4];
	size_t used = 0, j, n, first, shown = 0;

	buf[0] = '\0';
	append(buf, &used, size, httpref_code_text(r->code, code));
	n = httpref_find(r->code, &first);
	for (j = 0; j < n; j++) {
		if (r->source != NULL &&
		    !httpref_source_word_is(httpref_source_at(first + j), r->source))
			continue;
		append(buf, &used, size, shown++ > 0 ? " / " : " ");
		append(buf, &used, size, httpref_name_at(first + j));
	}
	if (r->source != NULL) {
		append(buf, &used, size, " (");
		append(buf, &used, size, r->source);
		append(buf, &used, size, ")");
	}
}

/* Each related code on its own line, then why one would pick it. */
static void related(struct out *out, const struct httpref_record *rec,
		    const struct render_opts *o)
{
	char name[512];
	size_t i;

	if (rec->related.count == 0)
		return;
	heading(out, "Related", o);
	out_char(out, '\n');
	for (i = 0; i < rec->related.count; i++) {
		related_title(name, sizeof(name), &rec->related.items[i]);
		out_spaces(out, INDENT);
		/* A long title goes on under the name, past the code. */
		wrap_styled(out, name, INDENT, INDENT + 4, o->width,
			    style_on(STYLE_CLASS, rec->related.items[i].code, o->colour),
			    style_off(o->colour));
		if (rec->related.items[i].why[0] == '\0')
			continue;
		out_spaces(out, ITEM_HANG);
		wrap_text(out, rec->related.items[i].why, ITEM_HANG, ITEM_HANG, o->width);
	}
}

/* The label column of the constants; narrow terminals hang the names
 * under the label instead. */
#define CONSTANT_COL 16

static void constant_line(struct out *out, const struct httpref_constant *c,
			  const char *label, const struct render_opts *o)
{
	char text[1024];
	const char *name = c->name != NULL ? c->name : "none: use the number";
	size_t used = 0, col = CONSTANT_COL;

	/* A name too long for the column goes under its label instead; only
	 * its first word counts, as the rest may wrap. */
	if (CONSTANT_COL + wrap_columns(name, strcspn(name, " ")) > o->width)
		col = ITEM_HANG;

	/* A bare name (most are) goes out as it is; one with a note is
	 * put together and wrapped. */
	if (c->note != NULL) {
		append(text, &used, sizeof(text), name);
		append(text, &used, sizeof(text), " (");
		append(text, &used, sizeof(text), c->note);
		append(text, &used, sizeof(text), ")");
	}
	out_spaces(out, INDENT);
	out_str(out, label);
	if (col == ITEM_HANG && label[0] != '\0') {
		out_char(out, '\n');
		out_spaces(out, col);
	} else {
		out_spaces(out, col - INDENT - strlen(label));
	}
	wrap_text(out, c->note != NULL ? text : name, col, col, o->width);
}

static void constants(struct out *out, const struct httpref_record *rec,
		      const struct render_opts *o)
{
	/* Said once, after the package's names: Node's own http module has
	 * no names, only phrases, and not for every code. */
	static const struct httpref_constant core = {
		.ecosystem = ECO_NODE,
		.name = "Node.js core has no names: its http.STATUS_CODES maps the "
			"codes it knows to their reason phrases; the names above are "
			"the npm package http-status-codes",
	};
	const struct httpref_constant_list *l = &rec->constants;
	size_t i;

	if (l->count == 0)
		return;
	heading(out, "Constants", o);
	out_char(out, '\n');
	for (i = 0; i < l->count; i++) {
		if (o->has_lang && l->items[i].ecosystem != o->lang)
			continue;
		constant_line(out, &l->items[i], l->items[i].current ?
			      httpref_ecosystem_label(l->items[i].ecosystem) : "", o);
		if (l->items[i].ecosystem == ECO_NODE &&
		    (i + 1 == l->count || l->items[i + 1].ecosystem != ECO_NODE))
			constant_line(out, &core, "", o);
	}
}

static void example(struct out *out, const char *text, const struct render_opts *o)
{
	size_t n;

	if (text == NULL)
		return;
	heading(out, "Example", o);
	out_char(out, '\n');
	for (;;) {
		for (n = 0; text[n] != '\0' && text[n] != '\n'; n++)
			;
		if (n > 0) {
			out_spaces(out, INDENT);
			out_write(out, text, n);
		}
		out_char(out, '\n');
		if (text[n] == '\0')
			break;
		text += n + 1;
	}
}

/* "404 Not Found"; a name too long for the width goes on under itself. */
static void title(struct out *out, const struct httpref_record *rec,
		  const struct render_opts *o)
{
	const char *on = style_on(STYLE_TITLE, rec->code, o->colour);

	out_str(out, on);
	put_code(out, rec->code);
	if (4 + strlen(rec->name) > o->width &&
	    4 + wrap_columns(rec->name, strlen(rec->name)) > o->width) {
		out_str(out, style_off(o->colour));
		out_char(out, ' ');
		wrap_styled(out, rec->name, 4, 4, o->width, on, style_off(o->colour));
		return;
	}
	out_char(out, ' ');
	out_str(out, rec->name);
	out_str(out, style_off(o->colour));
	out_char(out, '\n');
}

static void summary(struct out *out, const struct httpref_record *rec,
		    const struct render_opts *o)
{
	char text[1024];
	size_t used = 0, i;

	/* "Client Error, unofficial (AWS Elastic Load Balancing)", folded
	 * when the width is too narrow for it */
	text[0] = '\0';
	append(text, &used, sizeof(text), httpref_class_name(rec->code));
	append(text, &used, sizeof(text), ", ");
	append(text, &used, sizeof(text), httpref_status_name(rec->status));
	append(text, &used, sizeof(text), " (");
	append(text, &used, sizeof(text), rec->source);
	append(text, &used, sizeof(text), ")");
	wrap_styled(out, text, 0, INDENT, o->width, style_on(STYLE_MUTED, 0, o->colour),
		    style_off(o->colour));
	if (rec->aliases.count > 0) {
		used = 0;
		text[0] = '\0';
		for (i = 0; i < rec->aliases.count; i++) {
			if (i > 0)
				append(text, &used, sizeof(text), ", ");
			append(text, &used, sizeof(text), rec->aliases.items[i]);
		}
		out_str(out, "Also known as: ");
		wrap_text(out, text, sizeof("Also known as: ") - 1, INDENT, o->width);
	}
	out_char(out, '\n');
	out_spaces(out, INDENT);
	wrap_text(out, rec->summary, INDENT, INDENT, o->width);
	out_char(out, '\n');
}

static void section(struct out *out, const struct httpref_record *rec,
		    const struct render_opts *o, enum render_section s)
{
	switch (s) {
	case SECTION_SUMMARY:
		summary(out, rec, o);
		break;
	case SECTION_DESCRIPTION:
		paragraph(out, "Description", rec->description, o);
		break;
	case SECTION_CAUSES:
		list(out, "Common causes", &rec->causes, o);
		break;
	case SECTION_FIXES:
		list(out, "How to fix it", &rec->fixes, o);
		break;
	case SECTION_MISTAKES:
		list(out, "Common mistakes", &rec->mistakes, o);
		break;
	case SECTION_INSIGHT:
		paragraph(out, "Insight", rec->insight, o);
		break;
	case SECTION_HEADERS:
		list(out, "Headers", &rec->headers, o);
		break;
	case SECTION_CLIENTS:
		paragraph(out, "How clients react", rec->clients, o);
		break;
	case SECTION_CACHEABLE:
		if (rec->cacheable != CACHEABLE_UNKNOWN)
			labelled(out, "Cacheable by default:",
				 rec->cacheable == CACHEABLE_YES ? "yes" : "no", o);
		break;
	case SECTION_RETRY:
		if (rec->retry != NULL)
			labelled(out, "Retry:", rec->retry, o);
		break;
	case SECTION_REFERENCE:
		labelled(out, "Reference:", rec->reference, o);
		break;
	case SECTION_RELATED:
		related(out, rec, o);
		break;
	case SECTION_CONSTANTS:
		constants(out, rec, o);
		break;
	case SECTION_SOURCES:
		list(out, "Sources", &rec->sources, o);
		break;
	case SECTION_EXAMPLE:
		example(out, rec->example, o);
		break;
	case SECTION_COUNT:
		break;
	}
}

void render_detail_at(struct out *out, size_t index, const struct render_opts *o)
{
	struct httpref_record rec;

	httpref_get(index, &rec);
	render_detail(out, &rec, o);
}

void render_detail(struct out *out, const struct httpref_record *rec,
		   const struct render_opts *o)
{
	unsigned wanted = o->sections != 0 ? o->sections : SECTIONS_ALL;
	unsigned s;

	title(out, rec, o);
	for (s = 0; s < SECTION_COUNT; s++)
		if (wanted & (1u << s))
			section(out, rec, o, (enum render_section)s);
}

/* Writes at most cols columns of s (len bytes), ending in "..." when it
 * was cut. */
static void clipped(struct out *out, const char *s, size_t len, size_t cols)
{
	size_t n = 0, used = 0;

	if (wrap_columns(s, len) <= cols) {
		out_write(out, s, len);
		return;
	}
	if (cols < 4)
		return;
	while (n < len && used < cols - 3) {
		n++;
		while (n < len && ((unsigned char)s[n] & 0xc0) == 0x80)
			n++;
		used++;
	}
	while (n > 0 && s[n - 1] == ' ')
		n--;
	out_write(out, s, n);
	out_write(out, "...", 3);
}

/* "http.StatusTeapot", or every name of one library for the code, the
 * current one first: "HTTPStatus.CONTENT_TOO_LARGE (since 3.13);
 * HTTPStatus.REQUEST_ENTITY_TOO_LARGE (...)". */
static void append_constants(char *buf, size_t *used, size_t size, size_t index,
			     enum httpref_ecosystem lang)
{
	struct httpref_constant c;
	size_t first, n = httpref_constants_of(index, &first), i, shown = 0;

	for (i = 0; i < n; i++) {
		httpref_constant_at(first + i, &c);
		if (c.ecosystem != lang)
			continue;
		append(buf, used, size, shown++ > 0 ? "; " : "");
		append(buf, used, size, c.name != NULL ? c.name : "none");
		if (c.note != NULL) {
			append(buf, used, size, " (");
			append(buf, used, size, c.note);
			append(buf, used, size, ")");
		}
	}
	if (shown == 0)
		append(buf, used, size, "none");
}

/* One line: the code, then the name and, for codes outside the registry
 * or not plainly registered, the status and source, then the summary in
 * its column, as the generator wrote them.  With --lang, that library's
 * names take the summary's place.  On a terminal everything after the
 * code is cut to the width; in a pipe the line is whole. */
void render_line(struct out *out, size_t index, const struct render_opts *o)
{
	char rest[1024];
	unsigned code = httpref_code_at(index);
	size_t len, head;
	const char *line = httpref_line_at(index, &len, &head);

	if (o->has_lang) {
		len = head < sizeof(rest) ? head : sizeof(rest) - 1;
		memcpy(rest, line, len);
		rest[len] = '\0';
		append_constants(rest, &len, sizeof(rest), index, o->lang);
		line = rest;
	}
	if (o->colour)
		out_str(out, style_on(STYLE_CLASS, code, o->colour));
	put_code(out, code);
	if (o->colour)
		out_str(out, style_off(o->colour));
	out_char(out, ' ');
	if (!o->clip)
		out_write(out, line, len);
	else if (o->width > 4)
		clipped(out, line, len, o->width - 4);
	out_char(out, '\n');
}
