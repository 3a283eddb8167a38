/* Reads one data file (format: data/README) into a gen_record.
 * Strict: every problem is reported with its line, and parsing goes on so
 * that one run shows them all. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "gen.h"

static const struct {
	const char *name;
	enum gen_kind kind;
} fields[F_COUNT] = {
	[F_CODE] = { "code", KIND_LINE },
	[F_NAME] = { "name", KIND_LINE },
	[F_STATUS] = { "status", KIND_LINE },
	[F_SOURCE] = { "source", KIND_LINE },
	[F_REFERENCE] = { "reference", KIND_LINE },
	[F_ALIASES] = { "aliases", KIND_LIST },
	[F_SUMMARY] = { "summary", KIND_LINE },
	[F_DESCRIPTION] = { "description", KIND_TEXT },
	[F_CAUSES] = { "causes", KIND_LIST },
	[F_FIXES] = { "fixes", KIND_LIST },
	[F_MISTAKES] = { "mistakes", KIND_LIST },
	[F_INSIGHT] = { "insight", KIND_TEXT },
	[F_HEADERS] = { "headers", KIND_LIST },
	[F_CACHEABLE] = { "cacheable", KIND_LINE },
	[F_RETRY] = { "retry", KIND_TEXT },
	[F_CLIENTS] = { "clients", KIND_TEXT },
	[F_RELATED] = { "related", KIND_LIST },
	[F_CONSTANTS] = { "constants", KIND_LIST },
	[F_SOURCES] = { "sources", KIND_LIST },
	[F_EXAMPLE] = { "example", KIND_VERBATIM },
};

static const enum gen_field required[] = {
	F_CODE, F_NAME, F_STATUS, F_SOURCE, F_REFERENCE, F_SUMMARY,
};

const char *gen_field_name(enum gen_field field)
{
	return fields[field].name;
}

enum gen_kind gen_field_kind(enum gen_field field)
{
	return fields[field].kind;
}

/* All strings of all records live in one fixed pool.  The string being
 * built is [str_start, pool_used) and pool[pool_used] is always its NUL,
 * so a continuation line can extend it in place. */
static char pool[GEN_POOL_SIZE];
static size_t pool_used;
static size_t str_start;
static bool pool_full;

static const char *str_begin(void)
{
	if (pool_used > 0)
		pool_used++; /* keep the previous string's NUL */
	if (pool_used >= sizeof(pool)) {
		pool_used = sizeof(pool) - 1;
		pool_full = true;
	}
	str_start = pool_used;
	pool[pool_used] = '\0';
	return &pool[str_start];
}

static size_t str_len(void)
{
	return pool_used - str_start;
}

static void str_add(const char *s, size_t n)
{
	if (n >= sizeof(pool) - pool_used) {
		pool_full = true;
		return;
	}
	memcpy(&pool[pool_used], s, n);
	pool_used += n;
	pool[pool_used] = '\0';
}

/* Prose is stored with single spaces between words, as the program's
 * word wrapping expects; only the example keeps its spacing. */
static void str_add_words(const char *s, size_t n)
{
	size_t i, start = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == ' ' && i + 1 < n && s[i + 1] == ' ') {
			str_add(s + start, i + 1 - start);
			while (i + 1 < n && s[i + 1] == ' ')
				i++;
			start = i + 1;
		}
	}
	str_add(s + start, n - start);
}

struct parser {
	const char *path;
	struct gen_record *rec;
	int field; /* the field now open, or -1 */
	bool item_open; /* a list item or text can take continuation lines */
	bool code_ok;
	unsigned errors;
};

static void perr(struct parser *p, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void perr(struct parser *p, int line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	gen_verror(p->path, line, fmt, ap);
	va_end(ap);
	p->errors++;
}

/* Sets *cp to the code point at s[0..n) and returns its length, or 0
 * for an invalid, overlong or surrogate sequence. */
static size_t utf8_decode(const unsigned char *s, size_t n, unsigned long *cp)
{
	size_t len, i;
	unsigned long min;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xe0) == 0xc0) {
		len = 2; min = 0x80; *cp = s[0] & 0x1f;
	} else if ((s[0] & 0xf0) == 0xe0) {
		len = 3; min = 0x800; *cp = s[0] & 0x0f;
	} else if ((s[0] & 0xf8) == 0xf0) {
		len = 4; min = 0x10000; *cp = s[0] & 0x07;
	} else {
		return 0;
	}
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (s[i] & 0x3f);
	}
	if (*cp < min || *cp > 0x10ffff || (*cp >= 0xd800 && *cp <= 0xdfff))
		return 0;
	return len;
}

/* Reports every bad byte; false when the line cannot be read at all (a
 * tab leaves its indentation unknown). */
static bool check_bytes(struct parser *p, int line, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned long cp;
	size_t i, len;

	if (n > GEN_MAX_LINE) {
		perr(p, line, "line longer than %d bytes", GEN_MAX_LINE);
		return true;
	}
	for (i = 0; i < n; i += len) {
		if (u[i] == '\t') {
			perr(p, line, "tab character; indent with spaces");
			return false;
		}
		if (u[i] < 0x20 || u[i] == 0x7f) {
			perr(p, line, "control character 0x%02x", u[i]);
			return true;
		}
		len = utf8_decode(&u[i], n - i, &cp);
		if (len == 0) {
			perr(p, line, "invalid UTF-8");
			return true;
		}
	}
	/* Reported, but the line is still read, so nothing follows from it. */
	if (n > 0 && s[n - 1] == ' ')
		perr(p, line, "trailing white space");
	return true;
}

static bool parse_code(const char *s, unsigned *code)
{
	if (strlen(s) != 3 || s[0] < '0' || s[0] > '5' ||
	    s[1] < '0' || s[1] > '9' || s[2] < '0' || s[2] > '9')
		return false;
	*code = httpref_code_value(s);
	return true;
}

static void parse_related(struct parser *p, int line, const char *s)
{
	struct gen_record *rec = p->rec;
	char token[8];
	size_t n;
	unsigned code;

	while (*s != '\0') {
		n = strcspn(s, " ,");
		if (n == 0) {
			s++;
			continue;
		}
		if (n >= sizeof(token)) {
			perr(p, line, "related: not a status code: %.20s", s);
			return;
		}
		memcpy(token, s, n);
		token[n] = '\0';
		s += n;
		if (!parse_code(token, &code)) {
			perr(p, line, "related: not a status code: %s", token);
			continue;
		}
		if (rec->related_count == GEN_MAX_ITEMS) {
			perr(p, line, "related: more than %d codes", GEN_MAX_ITEMS);
			return;
		}
		rec->related[rec->related_count].code = (unsigned short)code;
		rec->related[rec->related_count++].line = line;
	}
	rec->related_inline = true;
}

static bool is_word_byte(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '-';
}

/* "CODE: why" or "CODE WORD: why"; the item is cut in place into its
 * parts, which the record then points at. */
static void parse_related_item(struct parser *p, int line, char *item)
{
	struct gen_related *r = &p->rec->related[p->rec->related_count];
	char digits[4];
	size_t n;

	if (strlen(item) >= 4)
		memcpy(digits, item, 3);
	digits[strlen(item) >= 4 ? 3 : 0] = '\0';
	if (!parse_code(digits, &(unsigned){ 0 })) {
		perr(p, line, "related: an item starts with a status code: "
		     "'CODE: why' or 'CODE SOURCE: why'");
		return;
	}
	r->code = (unsigned short)httpref_code_value(item);
	r->line = line;
	r->source = NULL;
	item += 3;
	if (*item == ' ') {
		for (n = 1; is_word_byte(item[n]); n++)
			;
		if (n == 1 || item[n] != ':') {
			perr(p, line, "related: after the code comes ':' or one "
			     "word naming the source, then ':'");
			return;
		}
		item[n] = '\0';
		r->source = item + 1;
		item += n;
	} else if (*item != ':') {
		perr(p, line, "related: after the code comes ':' or one word "
		     "naming the source, then ':'");
		return;
	} else {
		*item = '\0';
	}
	item++;
	if (*item != ' ' || item[1] == '\0') {
		perr(p, line, "related: the reason for %03u is missing", r->code);
		return;
	}
	r->why = item + 1;
	p->rec->related_count++;
}

static bool is_constant_byte(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '.' || c == ':';
}

/* "python: HTTPStatus.NOT_FOUND", with " (note)" after it or not, or
 * "java: none"; cut in place like related items. */
static void parse_constant_item(struct parser *p, int line, char *item)
{
	struct gen_record *rec = p->rec;
	struct gen_constant *c = &rec->constants[rec->constant_count];
	size_t n = strcspn(item, ":"), i;
	enum httpref_ecosystem e;
	char *name, *end;

	for (e = 0; e < ECO_COUNT; e++) {
		const char *key = httpref_ecosystem_key(e);

		if (strlen(key) == n && memcmp(key, item, n) == 0)
			break;
	}
	if (item[n] != ':' || e == ECO_COUNT) {
		perr(p, line, "constants: an item starts with an ecosystem (python, "
		     "go, java, spring, dotnet, aspnetcore, rack, rust, symfony, "
		     "node, nginx) and ':'");
		return;
	}
	name = item + n + 1;
	if (*name++ != ' ') {
		perr(p, line, "constants: a space comes after '%s:'", httpref_ecosystem_key(e));
		return;
	}
	for (n = 0; is_constant_byte(name[n]); n++)
		;
	c->note = NULL;
	if (name[n] == ' ' && name[n + 1] == '(') {
		end = name + strlen(name) - 1;
		if (*end != ')' || end == name + n + 2) {
			perr(p, line, "constants: a note is in parentheses at the end");
			return;
		}
		*end = '\0';
		c->note = name + n + 2;
		name[n] = '\0';
	} else if (name[n] != '\0' || n == 0) {
		perr(p, line, "constants: '%s' is not a constant: letters, digits, "
		     "'_', '.' and ':', then a note in parentheses or nothing", name);
		return;
	}
	c->ecosystem = e;
	c->name = strcmp(name, "none") == 0 ? NULL : name;
	c->line = line;
	c->current = true;
	for (i = 0; i < rec->constant_count; i++) {
		if (rec->constants[i].ecosystem != e)
			continue;
		c->current = false;
		if (c->name == NULL || rec->constants[i].name == NULL) {
			perr(p, line, "constants: %s is 'none' and has a name too",
			     httpref_ecosystem_key(e));
			return;
		}
	}
	if (c->name == NULL && c->note != NULL) {
		perr(p, line, "constants: 'none' takes no note");
		return;
	}
	rec->constant_count++;
}

/* A URL, or a path in a repository at a tag: "nginx/nginx src/x.c @ 1.2". */
static void parse_source_item(struct parser *p, int line, const char *item)
{
	const char *at;

	if (strncmp(item, "https://", 8) == 0 || strncmp(item, "http://", 7) == 0) {
		if (strchr(item, ' ') == NULL)
			return;
	} else if ((at = strstr(item, " @ ")) != NULL && strchr(at + 3, ' ') == NULL &&
		   at[3] != '\0' && strchr(item, '/') != NULL &&
		   strchr(item, '/') < strchr(item, ' ') &&
		   strchr(item, ' ') < at) {
		return;
	}
	perr(p, line, "sources: an item is a URL or 'OWNER/REPO PATH @ TAG'");
}

static void parse_list_items(struct parser *p, enum gen_field f)
{
	struct gen_list *list = &p->rec->list[f];
	size_t i;

	for (i = 0; i < list->count; i++) {
		char *item = (char *)list->items[i];

		switch (f) {
		case F_RELATED:
			parse_related_item(p, list->lines[i], item);
			break;
		case F_CONSTANTS:
			parse_constant_item(p, list->lines[i], item);
			break;
		case F_SOURCES:
			parse_source_item(p, list->lines[i], item);
			break;
		default:
			break;
		}
	}
}

/* One-line fields are checked as soon as they are read. */
static void parse_line_field(struct parser *p, int line, enum gen_field f,
			     const char *v)
{
	struct gen_record *rec = p->rec;
	enum httpref_status st;

	switch (f) {
	case F_CODE:
		p->code_ok = parse_code(v, &rec->code);
		if (!p->code_ok)
			perr(p, line, "code: '%s' is not three digits from 000 to 599", v);
		break;
	case F_STATUS:
		for (st = 0; st < STATUS_COUNT; st++)
			if (strcmp(v, httpref_status_name(st)) == 0)
				break;
		if (st == STATUS_COUNT)
			perr(p, line, "status: unknown status '%s' (registered, temporary, "
			     "deprecated, obsolete, reserved or unofficial)", v);
		rec->status = st;
		break;
	case F_CACHEABLE:
		if (strcmp(v, "yes") == 0)
			rec->cacheable = CACHEABLE_YES;
		else if (strcmp(v, "no") == 0)
			rec->cacheable = CACHEABLE_NO;
		else
			perr(p, line, "cacheable: '%s' is not yes or no", v);
		break;
	default:
		break;
	}
}

static void close_field(struct parser *p)
{
	struct gen_record *rec = p->rec;
	enum gen_field f;

	if (p->field < 0)
		return;
	f = (enum gen_field)p->field;
	if (fields[f].kind == KIND_LIST) {
		if (rec->list[f].count == 0 && !(f == F_RELATED && rec->related_inline))
			perr(p, rec->line[f], "%s: the list has no items", fields[f].name);
		else if (f == F_RELATED && rec->related_inline && rec->list[f].count > 0)
			perr(p, rec->line[f], "related: codes on the field's line "
			     "and items below it");
		else
			parse_list_items(p, f);
	} else if (rec->value[f][0] == '\0') {
		perr(p, rec->line[f], "%s: the field is empty", fields[f].name);
	} else if (fields[f].kind == KIND_LINE) {
		parse_line_field(p, rec->line[f], f, rec->value[f]);
	} else if (strlen(rec->value[f]) > GEN_MAX_TEXT) {
		perr(p, rec->line[f], "%s: text longer than %d bytes", fields[f].name, GEN_MAX_TEXT);
	}
	p->field = -1;
	p->item_open = false;
}

static void key_line(struct parser *p, int line, const char *s, size_t n)
{
	struct gen_record *rec = p->rec;
	size_t klen = 0, i;
	enum gen_field f;

	while (klen < n && s[klen] >= 'a' && s[klen] <= 'z')
		klen++;
	if (klen == 0 || klen == n || s[klen] != ':') {
		perr(p, line, "expected 'field: value', a '- ' list item, a '| ' "
		     "example line or an indented continuation");
		return;
	}
	close_field(p);
	for (f = 0; f < F_COUNT; f++)
		if (strlen(fields[f].name) == klen && memcmp(fields[f].name, s, klen) == 0)
			break;
	if (f == F_COUNT) {
		perr(p, line, "unknown field '%.*s'", (int)(klen < 24 ? klen : 24), s);
		return;
	}
	if (rec->line[f] != 0) {
		perr(p, line, "%s: repeated field (first at line %d)",
		     fields[f].name, rec->line[f]);
		return;
	}
	rec->line[f] = line;
	p->field = (int)f;
	i = klen + 1;
	while (i < n && s[i] == ' ')
		i++;
	/* The older form, codes on the field's line, is still read. */
	if (f == F_RELATED && i < n) {
		char codes[GEN_MAX_LINE + 1];

		memcpy(codes, s + i, n - i);
		codes[n - i] = '\0';
		parse_related(p, line, codes);
		return;
	}
	if (fields[f].kind == KIND_LIST || fields[f].kind == KIND_VERBATIM) {
		if (i < n)
			perr(p, line, "%s: the items go on the lines below the field",
			     fields[f].name);
		if (fields[f].kind == KIND_VERBATIM)
			rec->value[f] = str_begin();
		return;
	}
	rec->value[f] = str_begin();
	str_add_words(s + i, n - i);
	p->item_open = true;
}

static void item_line(struct parser *p, int line, const char *s, size_t n)
{
	struct gen_list *list;
	size_t max;

	if (p->field < 0 || fields[p->field].kind != KIND_LIST) {
		perr(p, line, "list item outside a list field");
		return;
	}
	list = &p->rec->list[p->field];
	max = p->field == F_CONSTANTS ? GEN_MAX_LIST : GEN_MAX_ITEMS;
	if (n < 3 || s[1] != ' ' || s[2] == ' ') {
		perr(p, line, "a list item is '- ' followed by text");
		return;
	}
	if (list->count == max) {
		perr(p, line, "%s: more than %zu items", fields[p->field].name, max);
		p->item_open = false;
		return;
	}
	list->lines[list->count] = line;
	list->items[list->count++] = str_begin();
	str_add_words(s + 2, n - 2);
	p->item_open = true;
}

static void continuation_line(struct parser *p, int line, const char *s, size_t n)
{
	while (n > 0 && *s == ' ') {
		s++;
		n--;
	}
	if (n == 0) {
		perr(p, line, "a line of only spaces");
		return;
	}
	if (!p->item_open) {
		perr(p, line, "indented line outside a text field or list item");
		return;
	}
	if (str_len() > 0)
		str_add(" ", 1);
	str_add_words(s, n);
	if (str_len() > GEN_MAX_TEXT) {
		perr(p, line, "%s: text longer than %d bytes", fields[p->field].name, GEN_MAX_TEXT);
		p->item_open = false;
	}
}

static void example_line(struct parser *p, int line, const char *s, size_t n)
{
	if (p->field != F_EXAMPLE) {
		perr(p, line, "'|' line outside the example field");
		return;
	}
	if (n > 1 && s[1] != ' ') {
		perr(p, line, "an example line is '| ' followed by text, or a bare '|'");
		return;
	}
	if (str_len() > 0)
		str_add("\n", 1);
	if (n > 2)
		str_add(s + 2, n - 2);
}

static void parse_line(struct parser *p, int line, const char *s, size_t n)
{
	/* A line with bad bytes is still read where its shape allows: the
	 * build stops anyway, and reading it spares a second, misleading
	 * message such as a missing field. */
	if (!check_bytes(p, line, s, n))
		return;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n == 0 || s[0] == '#')
		return;
	switch (s[0]) {
	case '-':
		item_line(p, line, s, n);
		break;
	case ' ':
		continuation_line(p, line, s, n);
		break;
	case '|':
		example_line(p, line, s, n);
		break;
	default:
		key_line(p, line, s, n);
		break;
	}
}

/* NNN.txt or NNN-slug.txt, the slug in lowercase letters, digits and
 * single hyphens. */
static bool name_matches(const char *path, unsigned code)
{
	const char *base = strrchr(path, '/');
	char digits[4];
	size_t n;

	base = base ? base + 1 : path;
	snprintf(digits, sizeof(digits), "%03u", code);
	if (strncmp(base, digits, 3) != 0)
		return false;
	base += 3;
	n = strlen(base);
	if (n < 4 || strcmp(base + n - 4, ".txt") != 0)
		return false;
	n -= 4;
	if (n == 0)
		return true;
	if (n < 2 || base[0] != '-' || base[n - 1] == '-')
		return false;
	for (size_t i = 1; i < n; i++) {
		bool ok = (base[i] >= 'a' && base[i] <= 'z') ||
			  (base[i] >= '0' && base[i] <= '9') ||
			  (base[i] == '-' && base[i - 1] != '-');
		if (!ok)
			return false;
	}
	return true;
}

static void check_record(struct parser *p)
{
	struct gen_record *rec = p->rec;
	size_t i;

	for (i = 0; i < LEN(required); i++)
		if (rec->line[required[i]] == 0)
			perr(p, 1, "missing field '%s'", fields[required[i]].name);
	if (p->code_ok && !name_matches(p->path, rec->code))
		perr(p, rec->line[F_CODE], "code: the file name does not match the "
		     "code (want %s.txt or CODE-slug.txt)", rec->value[F_CODE]);
	if (rec->line[F_STATUS] == 0 || rec->line[F_SOURCE] == 0 ||
	    rec->status == STATUS_COUNT)
		return;
	if ((rec->status == STATUS_UNOFFICIAL) == (strcmp(rec->value[F_SOURCE], "IANA") == 0))
		perr(p, rec->line[F_SOURCE], "source: %s", rec->status == STATUS_UNOFFICIAL ?
		     "an unofficial code names its vendor, not IANA" :
		     "a code in the IANA registry has source IANA");
}

void gen_pool_reset(void)
{
	pool_used = 0;
	str_start = 0;
	pool_full = false;
}

bool gen_parse_buffer(const char *path, const char *buf, size_t n,
		      struct gen_record *rec)
{
	struct parser p = { .path = path, .rec = rec, .field = -1 };
	size_t start, end, len;
	int line = 0;

	memset(rec, 0, sizeof(*rec));
	rec->path = path;
	rec->status = STATUS_COUNT;
	if (n > GEN_MAX_FILE) {
		gen_error(path, 0, "larger than %d bytes", GEN_MAX_FILE);
		return false;
	}
	start = n >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
	while (start < n) {
		const char *nl = memchr(buf + start, '\n', n - start);

		end = nl ? (size_t)(nl - buf) : n;
		len = end - start;
		if (len > 0 && buf[start + len - 1] == '\r')
			len--;
		parse_line(&p, ++line, buf + start, len);
		start = end + 1;
	}
	close_field(&p);
	check_record(&p);
	if (pool_full) {
		gen_error(path, 0, "the data is larger than the generator's %d-byte pool",
			  GEN_POOL_SIZE);
		p.errors++;
	}
	return p.errors == 0;
}

bool gen_parse_file(const char *path, struct gen_record *rec)
{
	static char buf[GEN_MAX_FILE + 1];
	size_t n = gen_read_file(path, buf, sizeof(buf));

	if (n == (size_t)-1) {
		memset(rec, 0, sizeof(*rec));
		return false;
	}
	return gen_parse_buffer(path, buf, n, rec);
}
