/* Text that httpref prints as it is, written once here rather than on
 * every run: each record's one-line view after its code, and its JSON
 * object, escaped (RFC 8259).  The program only copies them. */
#include <string.h>

#include "gen.h"

struct text {
	char *s;
	size_t size, used;
	bool full;
};

static void put(struct text *t, const char *s, size_t n)
{
	if (n > t->size - 1 - t->used) {
		t->full = true;
		n = t->size - 1 - t->used;
	}
	memcpy(t->s + t->used, s, n);
	t->used += n;
	t->s[t->used] = '\0';
}

static void put_str(struct text *t, const char *s)
{
	put(t, s, strlen(s));
}

static void put_number(struct text *t, unsigned n)
{
	char digits[12];
	size_t i = sizeof(digits);

	do {
		digits[--i] = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0);
	put(t, digits + i, sizeof(digits) - i);
}

/* Columns: one a code point, as the program counts them. */
static size_t columns(const char *s, size_t n)
{
	size_t i, cols = 0;

	for (i = 0; i < n; i++)
		cols += ((unsigned char)s[i] & 0xc0) != 0x80;
	return cols;
}

bool gen_line_view(const struct gen_record *rec, char *out, size_t size, size_t *head)
{
	struct text t = { out, size, 0, false };
	const char *name = rec->value[F_NAME], *summary = rec->value[F_SUMMARY];
	size_t col;

	out[0] = '\0';
	put_str(&t, name != NULL ? name : "");
	if (rec->status != STATUS_REGISTERED) {
		put_str(&t, " (");
		put_str(&t, httpref_status_name(rec->status));
		if (rec->status == STATUS_UNOFFICIAL) {
			put_str(&t, ", ");
			put_str(&t, rec->value[F_SOURCE] != NULL ? rec->value[F_SOURCE] : "");
		}
		put_str(&t, ")");
	}
	/* At least one space, then the summary in its column, counted
	 * from the start of the line: the code and a space come first. */
	col = 4 + columns(t.s, t.used);
	do
		put_str(&t, " ");
	while (++col < HTTPREF_LINE_SUMMARY_COL);
	*head = t.used;
	put_str(&t, summary != NULL ? summary : "");
	return !t.full;
}

static void json_string(struct text *t, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *u = (const unsigned char *)s;
	char esc[6] = { '\\', 'u', '0', '0', 0, 0 };

	if (s == NULL) {
		put_str(t, "null");
		return;
	}
	put_str(t, "\"");
	for (; *u != '\0'; u++) {
		if (*u == '"' || *u == '\\') {
			esc[1] = (char)*u;
			put(t, esc, 2);
		} else if (*u == '\n') {
			put_str(t, "\\n");
		} else if (*u < 0x20) {
			esc[1] = 'u';
			esc[4] = hex[*u >> 4];
			esc[5] = hex[*u & 0xf];
			put(t, esc, 6);
		} else {
			put(t, (const char *)u, 1);
		}
	}
	put_str(t, "\"");
}

static void key(struct text *t, const char *name)
{
	put_str(t, ",\n    \"");
	put_str(t, name);
	put_str(t, "\": ");
}

static void text_field(struct text *t, const char *name, const char *value)
{
	key(t, name);
	json_string(t, value);
}

/* A field the program always has, even when empty. */
static void line_field(struct text *t, const char *name, const char *value)
{
	text_field(t, name, value != NULL ? value : "");
}

static void list_field(struct text *t, const char *name, const struct gen_list *l)
{
	size_t i;

	key(t, name);
	put_str(t, "[");
	for (i = 0; i < l->count; i++) {
		if (i > 0)
			put_str(t, ", ");
		json_string(t, l->items[i]);
	}
	put_str(t, "]");
}

static void related(struct text *t, const struct gen_record *rec)
{
	size_t i;

	key(t, "related");
	put_str(t, "[");
	for (i = 0; i < rec->related_count; i++) {
		const struct gen_related *r = &rec->related[i];

		put_str(t, i > 0 ? ",\n      {\"code\": " : "\n      {\"code\": ");
		put_number(t, r->code);
		if (r->source != NULL) {
			put_str(t, ", \"source\": ");
			json_string(t, r->source);
		}
		put_str(t, ", \"why\": ");
		json_string(t, r->why != NULL ? r->why : "");
		put_str(t, "}");
	}
	put_str(t, rec->related_count > 0 ? "\n    ]" : "]");
}

static void constants(struct text *t, const struct gen_record *rec)
{
	size_t i;

	key(t, "constants");
	put_str(t, "[");
	for (i = 0; i < rec->constant_count; i++) {
		const struct gen_constant *c = &rec->constants[i];

		put_str(t, i > 0 ? ",\n      {\"ecosystem\": " : "\n      {\"ecosystem\": ");
		json_string(t, httpref_ecosystem_key(c->ecosystem));
		put_str(t, ", \"constant\": ");
		json_string(t, c->name);
		put_str(t, ", \"note\": ");
		json_string(t, c->note);
		put_str(t, c->current ? ", \"current\": true}" : ", \"current\": false}");
	}
	put_str(t, rec->constant_count > 0 ? "\n    ]" : "]");
}

bool gen_json_view(const struct gen_record *rec, char *out, size_t size)
{
	static const char *const cacheable[] = {
		[CACHEABLE_UNKNOWN] = "null",
		[CACHEABLE_NO] = "false",
		[CACHEABLE_YES] = "true",
	};
	struct text t = { out, size, 0, false };

	out[0] = '\0';
	put_str(&t, "\n  {\n    \"code\": ");
	put_number(&t, rec->code);
	line_field(&t, "name", rec->value[F_NAME]);
	line_field(&t, "class", httpref_class_name(rec->code));
	line_field(&t, "status", httpref_status_name(rec->status));
	line_field(&t, "source", rec->value[F_SOURCE]);
	line_field(&t, "reference", rec->value[F_REFERENCE]);
	list_field(&t, "aliases", &rec->list[F_ALIASES]);
	line_field(&t, "summary", rec->value[F_SUMMARY]);
	text_field(&t, "description", rec->value[F_DESCRIPTION]);
	list_field(&t, "causes", &rec->list[F_CAUSES]);
	list_field(&t, "fixes", &rec->list[F_FIXES]);
	list_field(&t, "mistakes", &rec->list[F_MISTAKES]);
	text_field(&t, "insight", rec->value[F_INSIGHT]);
	list_field(&t, "headers", &rec->list[F_HEADERS]);
	key(&t, "cacheable");
	put_str(&t, cacheable[rec->cacheable]);
	text_field(&t, "retry", rec->value[F_RETRY]);
	text_field(&t, "clients", rec->value[F_CLIENTS]);
	related(&t, rec);
	constants(&t, rec);
	list_field(&t, "sources", &rec->list[F_SOURCES]);
	text_field(&t, "example", rec->value[F_EXAMPLE]);
	put_str(&t, HTTPREF_JSON_END);
	return !t.full;
}
