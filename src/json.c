/* JSON output (RFC 8259).  The data is valid UTF-8 (the generator checks
 * it), so only quotes, backslashes and control characters need escaping. */
#include "json.h"

static void string(FILE *out, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	if (s == NULL) {
		fputs("null", out);
		return;
	}
	fputc('"', out);
	for (; *u != '\0'; u++) {
		if (*u == '"' || *u == '\\')
			fprintf(out, "\\%c", *u);
		else if (*u == '\n')
			fputs("\\n", out);
		else if (*u < 0x20)
			fprintf(out, "\\u%04x", *u);
		else
			fputc(*u, out);
	}
	fputc('"', out);
}

static void key(FILE *out, const char *name)
{
	fprintf(out, ",\n    \"%s\": ", name);
}

static void text_field(FILE *out, const char *name, const char *value)
{
	key(out, name);
	string(out, value);
}

static void list_field(FILE *out, const char *name, const struct httpref_list *l)
{
	size_t i;

	key(out, name);
	fputc('[', out);
	for (i = 0; i < l->count; i++) {
		fputs(i > 0 ? ", " : "", out);
		string(out, l->items[i]);
	}
	fputc(']', out);
}

void json_begin(FILE *out)
{
	fputc('[', out);
}

void json_record(FILE *out, const struct httpref_record *rec, bool first)
{
	static const char *const cacheable[] = {
		[CACHEABLE_UNKNOWN] = "null",
		[CACHEABLE_NO] = "false",
		[CACHEABLE_YES] = "true",
	};
	size_t i;

	fprintf(out, "%s\n  {\n    \"code\": %u", first ? "" : ",", rec->code);
	text_field(out, "name", rec->name);
	text_field(out, "class", httpref_class_name(rec->code));
	text_field(out, "status", httpref_status_name(rec->status));
	text_field(out, "source", rec->source);
	text_field(out, "reference", rec->reference);
	list_field(out, "aliases", &rec->aliases);
	text_field(out, "summary", rec->summary);
	text_field(out, "description", rec->description);
	list_field(out, "causes", &rec->causes);
	list_field(out, "fixes", &rec->fixes);
	list_field(out, "mistakes", &rec->mistakes);
	text_field(out, "insight", rec->insight);
	list_field(out, "headers", &rec->headers);
	key(out, "cacheable");
	fputs(cacheable[rec->cacheable], out);
	text_field(out, "clients", rec->clients);
	key(out, "related");
	fputc('[', out);
	for (i = 0; i < rec->related.count; i++)
		fprintf(out, "%s%u", i > 0 ? ", " : "", rec->related.codes[i]);
	fputc(']', out);
	text_field(out, "example", rec->example);
	fputs("\n  }", out);
}

void json_end(FILE *out)
{
	fputs("\n]\n", out);
}
