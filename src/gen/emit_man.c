/* Writes the records as httpref-codes(7), an mdoc(7) manual page: the
 * codes of the IANA registry class by class, then the unofficial codes
 * labelled with their vendor.  The text of the records is escaped so that
 * nothing in data/ can be read as a roff request or macro. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "gen.h"

/* The paragraphs of DESCRIPTION, one per class, by first digit; each
 * sentence on a line of its own, as mdoc(7) asks. */
static const char *const class_text[] = {
	"Not an HTTP status at all: no response arrived.\n"
	"Tools such as curl report the code 000 when the connection failed,\n"
	"timed out or was closed before a status line was read.",
	"Codes 100 to 199: interim responses.\n"
	"The server has received the request, or part of it, and the final\n"
	"response is still to come on the same connection.",
	"Codes 200 to 299: the request was received, understood and accepted.",
	"Codes 300 to 399: the client has to take a further step to complete\n"
	"the request, usually by following the URI in the Location header field.",
	"Codes 400 to 499: the server holds the request itself to be at fault:\n"
	"malformed, not authorised, or impossible to fulfil as it stands.\n"
	"Sending it again unchanged usually gives the same answer.",
	"Codes 500 to 599: the request may well be valid, but the server, or a\n"
	"server behind it, failed to fulfil it.",
};

/* Writes one UTF-8 sequence starting at s as \[uXXXX]; returns its length.
 * The parser has already refused invalid UTF-8. */
static size_t emit_utf8(FILE *out, const unsigned char *s)
{
	unsigned long cp;
	size_t len, i;

	if (*s >= 0xf0) {
		cp = *s & 0x07;
		len = 4;
	} else if (*s >= 0xe0) {
		cp = *s & 0x0f;
		len = 3;
	} else {
		cp = *s & 0x1f;
		len = 2;
	}
	for (i = 1; i < len && (s[i] & 0xc0) == 0x80; i++)
		cp = cp << 6 | (s[i] & 0x3f);
	fprintf(out, "\\[u%04lX]", cp);
	return i;
}

/* Writes one character of text at s; returns how many bytes it used. */
static size_t emit_char(FILE *out, const unsigned char *s)
{
	if (*s == '\\')
		fputs("\\e", out);
	else if (*s >= 0x80)
		return emit_utf8(out, s);
	else
		fputc(*s, out);
	return 1;
}

/* True when the space at s[i] follows the end of a sentence and another
 * sentence starts after it: there the text goes on on a new line. */
static bool sentence_break(const unsigned char *s, size_t i)
{
	size_t j = i, k = i;

	while (j > 0 && strchr(")]\"'", s[j - 1]) != NULL)
		j--;
	if (j < 3 || strchr(".!?", s[j - 1]) == NULL)
		return false;
	if (!isalnum(s[j - 2]) || !isalnum(s[j - 3]))
		return false; /* an abbreviation such as "e.g." or an initial */
	if (s[j - 1] == '.' && s[j - 3] == 'v' && s[j - 2] == 's')
		return false;
	while (s[k] == ' ')
		k++;
	if (s[k] == '"' || s[k] == '(')
		k++;
	return isupper(s[k]) || isdigit(s[k]);
}

/* True when the word that ends just before s[i] ends with punctuation that
 * roff reads as the end of a sentence when it comes at the end of a line. */
static bool ends_with_stop(const unsigned char *s, size_t i)
{
	while (i > 0 && strchr(")]\"'*", s[i - 1]) != NULL)
		i--;
	return i > 0 && strchr(".!?", s[i - 1]) != NULL;
}

/* Writes s as text lines: one sentence a line, lines filled to about 80
 * bytes, runs of spaces folded, and a line that would start with a control
 * character protected. */
static void emit_text(FILE *out, const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	bool line_start = true;
	size_t i = 0, col = 0;

	while (s[i] == ' ')
		i++;
	if (s[i] == '\0')
		fputs("\\&", out); /* a blank line would break the paragraph */
	while (s[i] != '\0') {
		if (s[i] == ' ') {
			bool brk = sentence_break(s, i), stop = ends_with_stop(s, i);

			while (s[i] == ' ')
				i++;
			if (s[i] == '\0')
				break;
			if (brk || (!stop && col + 1 + strcspn((const char *)s + i, " ") > 79)) {
				fputc('\n', out);
				line_start = true;
				col = 0;
			} else {
				fputc(' ', out);
				col++;
			}
			continue;
		}
		if (line_start && (s[i] == '.' || s[i] == '\'')) {
			fputs("\\&", out);
			col += 2;
		}
		line_start = false;
		col += s[i] == '\\' ? 2 : s[i] >= 0x80 ? 8 : 1;
		i += emit_char(out, s + i);
	}
	fputc('\n', out);
}

/* Writes s as part of a quoted macro argument. */
static void emit_quoted(FILE *out, const char *text)
{
	const unsigned char *s = (const unsigned char *)text;

	while (*s != '\0') {
		if (*s == '"') {
			fputs("\\(dq", out);
			s++;
		} else {
			s += emit_char(out, s);
		}
	}
}

/* Writes s as one quoted macro argument. */
static void emit_arg(FILE *out, const char *text)
{
	fputc('"', out);
	emit_quoted(out, text);
	fputc('"', out);
}

static void emit_bullets(FILE *out, const char *label, const struct gen_list *list,
			 bool headers)
{
	size_t i;

	if (list->count == 0)
		return;
	fprintf(out, ".It %s\n.Bl -bullet -compact\n", label);
	for (i = 0; i < list->count; i++) {
		const char *item = list->items[i];
		const char *colon = strstr(item, ": ");
		size_t n = colon == NULL ? 0 : (size_t)(colon - item);

		fputs(".It\n", out);
		/* "Retry-After: what it does": the field name in bold. */
		if (headers && n > 0 && strspn(item, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
			"abcdefghijklmnopqrstuvwxyz0123456789-_") == n) {
			fprintf(out, ".Sy \\&%.*s :\n", (int)n, item);
			item = colon + 2;
		}
		emit_text(out, item);
	}
	fputs(".El\n", out);
}

/* "403: why", the code in bold, for each related code. */
static void emit_related(FILE *out, const struct gen_record *rec)
{
	size_t i;

	if (rec->related_count == 0)
		return;
	fputs(".It Related\n.Bl -bullet -compact\n", out);
	for (i = 0; i < rec->related_count; i++) {
		const struct gen_related *r = &rec->related[i];

		fprintf(out, ".It\n.Sy %03u", r->code);
		if (r->source != NULL) {
			fputs(" Pq ", out);
			emit_arg(out, r->source);
		}
		fputs("\n", out);
		if (r->why != NULL)
			emit_text(out, r->why);
	}
	fputs(".El\n", out);
}

/* A constant as one argument, with a place troff may break the line after
 * each '.', '_' or "::" ("\\:" prints nothing): some names are longer
 * than the column they are set in. */
static void emit_constant(FILE *out, const char *name)
{
	fputc('"', out);
	for (; *name != '\0'; name++) {
		fputc(*name, out);
		if (*name == '.' || *name == '_' || (*name == ':' && name[1] != ':'))
			fputs("\\:", out);
	}
	fputc('"', out);
}

/* "Python: HTTPStatus.NOT_FOUND", older names under the current one. */
static void emit_constants(FILE *out, const struct gen_record *rec)
{
	size_t i;

	if (rec->constant_count == 0)
		return;
	fputs(".It Constants\n.Bl -tag -width \"ASP.NET Core\" -compact\n", out);
	for (i = 0; i < rec->constant_count; i++) {
		const struct gen_constant *c = &rec->constants[i];

		if (c->current) {
			fputs(".It ", out);
			emit_arg(out, httpref_ecosystem_label(c->ecosystem));
			fputc('\n', out);
		} else {
			fputs(".br\n", out);
		}
		if (c->name == NULL) {
			fputs("none: use the number\n", out);
			continue;
		}
		fputs(".Li ", out);
		emit_constant(out, c->name);
		if (c->note != NULL) {
			fputs("\n(", out);
			emit_quoted(out, c->note);
			fputc(')', out);
		}
		fputc('\n', out);
	}
	fputs(".El\n", out);
}

static void emit_record(FILE *out, const struct gen_record *rec)
{
	const struct gen_list *aliases = &rec->list[F_ALIASES];

	fprintf(out, ".Ss \"%03u ", rec->code);
	emit_quoted(out, rec->value[F_NAME]);
	if (rec->status == STATUS_UNOFFICIAL) {
		fputs(" (", out);
		emit_quoted(out, rec->value[F_SOURCE]);
		fputc(')', out);
	}
	fputs("\"\n", out);
	emit_text(out, rec->value[F_SUMMARY]);
	fputs(".Bl -tag -width Reference\n.It Status\n", out);
	fprintf(out, "%s (", httpref_status_name(rec->status));
	emit_quoted(out, rec->value[F_SOURCE]);
	fputs(")\n", out);
	if (aliases->count > 0) {
		size_t i;

		fputs(".It Aliases\n", out);
		for (i = 0; i < aliases->count; i++) {
			fputs(".Dq ", out);
			emit_arg(out, aliases->items[i]);
			fputs(i + 1 < aliases->count ? " ,\n" : "\n", out);
		}
	}
	emit_bullets(out, "Causes", &rec->list[F_CAUSES], false);
	emit_bullets(out, "Fixes", &rec->list[F_FIXES], false);
	emit_bullets(out, "Headers", &rec->list[F_HEADERS], true);
	fputs(".It Reference\n", out);
	emit_text(out, rec->value[F_REFERENCE]);
	emit_related(out, rec);
	emit_constants(out, rec);
	emit_bullets(out, "Sources", &rec->list[F_SOURCES], false);
	fputs(".El\n", out);
}

/* The date and the version in the footer are the build's inputs, never
 * the time it ran. */
static void emit_header(FILE *out, const char *date)
{
	fprintf(out, ".\\\" Generated by httpref-gen -m from the files in data/: do not edit.\n"
		".Dd %s\n"
		".Dt HTTPREF-CODES 7\n"
		".Os httpref %s\n", date, HTTPREF_VERSION);
	fputs(".Sh NAME\n"
	      ".Nm httpref-codes\n"
	      ".Nd HTTP status codes, offline reference\n"
	      ".Sh DESCRIPTION\n"
	      "This page lists every HTTP status code that\n"
	      ".Xr httpref 1\n"
	      "knows.\n"
	      "The codes of the IANA HTTP Status Code Registry come first, class by class,\n"
	      "including the reserved and obsolete ones;\n"
	      "then the unofficial codes that servers, proxies and tools use,\n"
	      "each labelled with the vendor that defines it.\n"
	      "Each entry gives the summary, the status, common causes, fixes,\n"
	      "the header fields involved, the reference its facts come from,\n"
	      "the related codes with how each differs, the code's constant in\n"
	      "the libraries servers are written with, and the primary sources.\n"
	      "Node.js itself has no named constants: its\n"
	      ".Li http.STATUS_CODES\n"
	      "maps each code to its reason phrase, so the Node.js names are those\n"
	      "of the npm package\n"
	      ".Li http-status-codes .\n"
	      "The full record, with the description, common mistakes, client behaviour\n"
	      "and an example response, is shown by\n"
	      ".Ql httpref Ar code .\n"
	      ".Pp\n"
	      "The first digit of a code gives its class:\n"
	      ".Bl -tag -width Ds\n", out);
}

static bool has_class(const struct gen_record *recs, size_t count, unsigned digit)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (recs[i].status != STATUS_UNOFFICIAL && recs[i].code / 100 == digit)
			return true;
	return false;
}

static bool has_unofficial(const struct gen_record *recs, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (recs[i].status == STATUS_UNOFFICIAL)
			return true;
	return false;
}

/* The vendors of the unofficial codes, each with its codes, sorted by
 * name without regard to case. */
static void emit_vendors(FILE *out, const struct gen_record *recs, size_t count)
{
	const char *done[GEN_MAX_RECORDS] = { NULL };
	size_t ndone = 0, i, j;

	for (;;) {
		const char *next = NULL;

		for (i = 0; i < count; i++) {
			const char *src = recs[i].value[F_SOURCE];
			bool seen = false;

			if (recs[i].status != STATUS_UNOFFICIAL)
				continue;
			for (j = 0; j < ndone && !seen; j++)
				seen = strcmp(done[j], src) == 0;
			if (!seen && (next == NULL || strcasecmp(src, next) < 0 ||
				      (strcasecmp(src, next) == 0 && strcmp(src, next) < 0)))
				next = src;
		}
		if (next == NULL)
			break;
		done[ndone++] = next;
		fputs(".It ", out);
		emit_arg(out, next);
		fputc('\n', out);
		j = 0;
		for (i = 0; i < count; i++) {
			if (recs[i].status != STATUS_UNOFFICIAL ||
			    strcmp(recs[i].value[F_SOURCE], next) != 0)
				continue;
			fprintf(out, "%s%03u", j++ ? ", " : "", recs[i].code);
		}
		fputc('\n', out);
	}
}

static void emit_unofficial(FILE *out, const struct gen_record *recs, size_t count)
{
	size_t i, width = 0;

	fputs(".Sh UNOFFICIAL CODES\n"
	      "These codes are in no registry.\n"
	      "Each is used by one server, proxy, framework or tool, and may mean\n"
	      "something else, or nothing, anywhere else.\n"
	      "By vendor:\n.Pp\n", out);
	for (i = 0; i < count; i++)
		if (recs[i].status == STATUS_UNOFFICIAL &&
		    strlen(recs[i].value[F_SOURCE]) > width)
			width = strlen(recs[i].value[F_SOURCE]);
	fprintf(out, ".Bl -tag -width %zun -compact\n", width < 32 ? width + 2 : 32);
	emit_vendors(out, recs, count);
	fputs(".El\n", out);
	for (i = 0; i < count; i++)
		if (recs[i].status == STATUS_UNOFFICIAL)
			emit_record(out, &recs[i]);
}

/* Where each library's names were read, as a record's sources are. */
static void emit_libraries(FILE *out, const struct gen_ecosystems *e)
{
	size_t i;

	fputs(".Sh LIBRARIES\n"
	      "Each entry's constants were read from these files of the libraries,\n"
	      "at the release or commit given:\n"
	      ".Bl -tag -width Ds\n", out);
	for (i = 0; i < e->count; i++) {
		fputs(".It ", out);
		emit_arg(out, e->label[i]);
		fputc('\n', out);
		emit_text(out, e->source[i]);
	}
	fputs(".El\n", out);
}

void gen_emit_man(FILE *out, const struct gen_record *recs, size_t count,
		  const struct gen_ecosystems *ecosystems)
{
	static const char *const class_section[] = {
		"NO RESPONSE (000)", "INFORMATIONAL (1xx)", "SUCCESS (2xx)",
		"REDIRECTION (3xx)", "CLIENT ERROR (4xx)", "SERVER ERROR (5xx)",
	};
	char date[32];
	unsigned digit;
	size_t i;

	if (!gen_man_date(date, sizeof(date)))
		return;
	emit_header(out, date);
	for (digit = 1; digit < LEN(class_text); digit++)
		fprintf(out, ".It \"%uxx %s\"\n%s\n", digit,
			httpref_class_name(digit * 100), class_text[digit]);
	fprintf(out, ".It \"000 %s\"\n%s\n.El\n", httpref_class_name(0), class_text[0]);
	fputs(".Pp\n"
	      "Codes outside these ranges are not defined.\n"
	      "A client that meets an unknown code of a class treats it as the x00\n"
	      "code of that class.\n", out);

	for (digit = 0; digit < LEN(class_section); digit++) {
		if (!has_class(recs, count, digit))
			continue;
		fprintf(out, ".Sh %s\n", class_section[digit]);
		for (i = 0; i < count; i++)
			if (recs[i].status != STATUS_UNOFFICIAL && recs[i].code / 100 == digit)
				emit_record(out, &recs[i]);
	}

	if (has_unofficial(recs, count))
		emit_unofficial(out, recs, count);
	if (ecosystems != NULL)
		emit_libraries(out, ecosystems);
	fputs(".Sh SEE ALSO\n.Xr httpref 1\n", out);
}
