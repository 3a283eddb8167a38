/* JSON output (RFC 8259).  The data is valid UTF-8 (the generator checks
 * it), so only quotes, backslashes and control characters need escaping. */
#include "json.h"

static void string(struct out *out, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *u = (const unsigned char *)s;

	if (s == NULL) {
		out_write(out, "null", 4);
		return;
	}
	out_char(out, '"');
	while (*u != '\0') {
		const unsigned char *run = u;

		/* The bytes that need no escape go out as one run. */
		while (*u >= 0x20 && *u != '"' && *u != '\\')
			u++;
		out_write(out, (const char *)run, (size_t)(u - run));
		if (*u == '\0')
			break;
		out_char(out, '\\');
		if (*u == '"' || *u == '\\') {
			out_char(out, (char)*u);
		} else if (*u == '\n') {
			out_char(out, 'n');
		} else {
			char esc[5] = { 'u', '0', '0', hex[*u >> 4], hex[*u & 0xf] };

			out_write(out, esc, sizeof(esc));
		}
		u++;
	}
	out_char(out, '"');
}

static void key(struct out *out, const char *name)
{
	out_write(out, ",\n    \"", 7);
	out_str(out, name);
	out_write(out, "\": ", 3);
}

static void text_field(struct out *out, const char *name, const char *value)
{
	key(out, name);
	string(out, value);
}

static void number(struct out *out, unsigned n)
{
	char digits[12];
	size_t i = sizeof(digits);

	do {
		digits[--i] = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0);
	out_write(out, digits + i, sizeof(digits) - i);
}

static void list_field(struct out *out, const char *name, const struct httpref_list *l)
{
	size_t i;

	key(out, name);
	out_char(out, '[');
	for (i = 0; i < l->count; i++) {
		if (i > 0)
			out_write(out, ", ", 2);
		string(out, l->items[i]);
	}
	out_char(out, ']');
}

void json_string(struct out *out, const char *s)
{
	string(out, s);
}

void json_begin(struct out *out)
{
	out_char(out, '[');
}

void json_record(struct out *out, const struct httpref_record *rec, bool first)
{
	json_record_open(out, rec, first);
	json_record_close(out);
}

void json_record_close(struct out *out)
{
	out_str(out, "\n  }");
}

void json_record_open(struct out *out, const struct httpref_record *rec, bool first)
{
	static const char *const cacheable[] = {
		[CACHEABLE_UNKNOWN] = "null",
		[CACHEABLE_NO] = "false",
		[CACHEABLE_YES] = "true",
	};
	size_t i;

	if (!first)
		out_char(out, ',');
	out_str(out, "\n  {\n    \"code\": ");
	number(out, rec->code);
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
	out_str(out, cacheable[rec->cacheable]);
	text_field(out, "retry", rec->retry);
	text_field(out, "clients", rec->clients);
	key(out, "related");
	out_char(out, '[');
	for (i = 0; i < rec->related.count; i++) {
		const struct httpref_related *r = &rec->related.items[i];

		out_str(out, i > 0 ? ",\n      {\"code\": " : "\n      {\"code\": ");
		number(out, r->code);
		if (r->source != NULL) {
			out_str(out, ", \"source\": ");
			string(out, r->source);
		}
		out_str(out, ", \"why\": ");
		string(out, r->why);
		out_char(out, '}');
	}
	out_str(out, rec->related.count > 0 ? "\n    ]" : "]");
	key(out, "constants");
	out_char(out, '[');
	for (i = 0; i < rec->constants.count; i++) {
		const struct httpref_constant *c = &rec->constants.items[i];

		out_str(out, i > 0 ? ",\n      {\"ecosystem\": " : "\n      {\"ecosystem\": ");
		string(out, httpref_ecosystem_key(c->ecosystem));
		out_str(out, ", \"constant\": ");
		string(out, c->name);
		out_str(out, ", \"note\": ");
		string(out, c->note);
		out_str(out, c->current ? ", \"current\": true}" : ", \"current\": false}");
	}
	out_str(out, rec->constants.count > 0 ? "\n    ]" : "]");
	list_field(out, "sources", &rec->sources);
	text_field(out, "example", rec->example);
}

void json_end(struct out *out)
{
	out_str(out, "\n]\n");
}
