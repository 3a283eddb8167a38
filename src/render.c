/* Text views.  Colour is asked of style.c by meaning; wrapping is done
 * by wrap.c; the options come from main, never from the environment. */
#include <string.h>

#include "render.h"
#include "style.h"
#include "wrap.h"

/* Body text is indented under its heading; list items hang. */
#define INDENT 2
#define ITEM_HANG 4
/* One-line view: the summary starts at this column. */
#define LINE_SUMMARY_COL 38

static void heading(FILE *out, const char *title, const struct render_opts *o)
{
	fprintf(out, "%s%s%s\n", style_on(STYLE_HEADING, 0, o->colour), title,
		style_off(o->colour));
}

static void paragraph(FILE *out, const char *title, const char *text,
		      const struct render_opts *o)
{
	if (text == NULL)
		return;
	heading(out, title, o);
	fprintf(out, "%*s", INDENT, "");
	wrap_text(out, text, INDENT, INDENT, o->width);
}

static void list(FILE *out, const char *title, const struct httpref_list *l,
		 const struct render_opts *o)
{
	size_t i;

	if (l->count == 0)
		return;
	heading(out, title, o);
	for (i = 0; i < l->count; i++) {
		fprintf(out, "%*s- ", INDENT, "");
		wrap_text(out, l->items[i], ITEM_HANG, ITEM_HANG, o->width);
	}
}

/* "Related: 503 Service Unavailable, 420 Enhance Your Calm / Method
 * Failure", wrapped like prose.  Built in a fixed buffer: 16 codes of at
 * most a few names each fit with room to spare, and snprintf bounds it. */
static void related(FILE *out, const struct httpref_record *rec,
		    const struct render_opts *o)
{
	char buf[4096];
	size_t used = 0, i, j, n;
	const struct httpref_record *first;

	if (rec->related.count == 0)
		return;
	for (i = 0; i < rec->related.count && used < sizeof(buf); i++) {
		n = httpref_find(rec->related.codes[i], &first);
		used += (size_t)snprintf(buf + used, sizeof(buf) - used, "%s%03u",
					 i > 0 ? ", " : "", rec->related.codes[i]);
		for (j = 0; j < n && used < sizeof(buf); j++)
			used += (size_t)snprintf(buf + used, sizeof(buf) - used, "%s%s",
						 j > 0 ? " / " : " ", first[j].name);
	}
	fprintf(out, "%s%s%s ", style_on(STYLE_HEADING, 0, o->colour), "Related:",
		style_off(o->colour));
	wrap_text(out, buf, strlen("Related: "), INDENT, o->width);
}

static void example(FILE *out, const char *text, const struct render_opts *o)
{
	size_t n;

	if (text == NULL)
		return;
	heading(out, "Example", o);
	for (;;) {
		n = strcspn(text, "\n");
		fprintf(out, "%*s%.*s\n", n > 0 ? INDENT : 0, "", (int)n, text);
		if (text[n] == '\0')
			break;
		text += n + 1;
	}
}

static void labelled(FILE *out, const char *label, const char *value,
		     const struct render_opts *o)
{
	fprintf(out, "%s%s:%s ", style_on(STYLE_HEADING, 0, o->colour), label,
		style_off(o->colour));
	wrap_text(out, value, strlen(label) + 2, INDENT, o->width);
}

static const char *const section_names[SECTION_COUNT] = {
	"summary", "description", "causes", "fixes", "mistakes", "insight",
	"headers", "clients", "cacheable", "reference", "related", "example",
};

const char *render_section_name(unsigned section)
{
	return section < SECTION_COUNT ? section_names[section] : NULL;
}

static void title(FILE *out, const struct httpref_record *rec,
		  const struct render_opts *o)
{
	fprintf(out, "%s%03u %s%s\n", style_on(STYLE_TITLE, rec->code, o->colour),
		rec->code, rec->name, style_off(o->colour));
}

static void summary(FILE *out, const struct httpref_record *rec,
		    const struct render_opts *o)
{
	size_t i;

	fprintf(out, "%s%s, %s (%s)%s\n", style_on(STYLE_MUTED, 0, o->colour),
		httpref_class_name(rec->code), httpref_status_name(rec->status),
		rec->source, style_off(o->colour));
	if (rec->aliases.count > 0) {
		fputs("Also known as: ", out);
		for (i = 0; i < rec->aliases.count; i++)
			fprintf(out, "%s%s", i > 0 ? ", " : "", rec->aliases.items[i]);
		fputc('\n', out);
	}
	fputc('\n', out);
	fprintf(out, "%*s", INDENT, "");
	wrap_text(out, rec->summary, INDENT, INDENT, o->width);
	fputc('\n', out);
}

static void section(FILE *out, const struct httpref_record *rec,
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
			labelled(out, "Cacheable by default",
				 rec->cacheable == CACHEABLE_YES ? "yes" : "no", o);
		break;
	case SECTION_REFERENCE:
		labelled(out, "Reference", rec->reference, o);
		break;
	case SECTION_RELATED:
		related(out, rec, o);
		break;
	case SECTION_EXAMPLE:
		example(out, rec->example, o);
		break;
	case SECTION_COUNT:
		break;
	}
}

void render_detail(FILE *out, const struct httpref_record *rec,
		   const struct render_opts *o)
{
	unsigned wanted = o->sections != 0 ? o->sections : SECTIONS_ALL;
	unsigned s;

	title(out, rec, o);
	for (s = 0; s < SECTION_COUNT; s++)
		if (wanted & (1u << s))
			section(out, rec, o, (enum render_section)s);
}

/* Writes at most cols columns of s, ending in "..." when it was cut. */
static void clipped(FILE *out, const char *s, size_t cols)
{
	size_t len = strlen(s), n = 0, used = 0;

	if (wrap_columns(s, len) <= cols) {
		fputs(s, out);
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
	fprintf(out, "%.*s...", (int)n, s);
}

void render_line(FILE *out, const struct httpref_record *rec,
		 const struct render_opts *o)
{
	size_t col;
	int n;

	fprintf(out, "%s%03u%s ", style_on(STYLE_CLASS, rec->code, o->colour),
		rec->code, style_off(o->colour));
	n = fprintf(out, "%s", rec->name);
	col = 4 + (n > 0 ? wrap_columns(rec->name, strlen(rec->name)) : 0);
	if (rec->status != STATUS_REGISTERED) {
		n = fprintf(out, " (%s%s%s)", httpref_status_name(rec->status),
			    rec->status == STATUS_UNOFFICIAL ? ", " : "",
			    rec->status == STATUS_UNOFFICIAL ? rec->source : "");
		col += n > 0 ? (size_t)n : 0;
	}
	do {
		fputc(' ', out);
		col++;
	} while (col < LINE_SUMMARY_COL);
	if (o->clip && o->width > col)
		clipped(out, rec->summary, o->width - col);
	else if (!o->clip)
		fputs(rec->summary, out);
	fputc('\n', out);
}
