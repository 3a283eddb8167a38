/* The vendor signatures (data/vendors.txt): the header fields that say
 * which CDN, load balancer, proxy or server sent a response.  Read
 * strictly like the records: every problem as file:line. */
#include <string.h>

#include "gen.h"

static char text[GEN_MAX_FILE];
static size_t text_used;
static size_t text_last; /* where the string being built starts */

static const char *keep(const char *s, size_t n)
{
	if (n >= sizeof(text) - text_used)
		return NULL;
	text_last = text_used;
	memcpy(&text[text_used], s, n);
	text_used += n;
	text[text_used++] = '\0';
	return &text[text_last];
}

/* Adds " s" to the string kept last, which must still be the last. */
static bool extend(const char *s, size_t n)
{
	if (n + 1 >= sizeof(text) - text_used)
		return false;
	text[text_used - 1] = ' ';
	memcpy(&text[text_used], s, n);
	text_used += n;
	text[text_used++] = '\0';
	return true;
}

struct vreader {
	const char *path;
	struct gen_vendors *v;
	struct gen_vendor *cur;
	bool says_open; /* the last line was says: or its continuation */
};

static bool is_field_name(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n >= GEN_VENDOR_FIELD)
		return false;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return false;
	return true;
}

/* "match: Server: nginx*" */
static void match_line(struct vreader *r, int line, const char *v, size_t n)
{
	const char *colon = memchr(v, ':', n);
	struct gen_match *m;
	size_t k;

	if (colon == NULL || !is_field_name(v, (size_t)(colon - v)) ||
	    (size_t)(colon - v) + 2 >= n || colon[1] != ' ') {
		gen_error(r->path, line, "match: 'Field-Name: pattern'");
		return;
	}
	if (r->cur->match_count == GEN_MAX_MATCHES) {
		gen_error(r->path, line, "match: more than %d for one vendor", GEN_MAX_MATCHES);
		return;
	}
	m = &r->cur->matches[r->cur->match_count++];
	k = (size_t)(colon - v);
	memcpy(m->field, v, k);
	m->field[k] = '\0';
	m->pattern = keep(colon + 2, n - k - 2);
	m->line = line;
}

static void field_line(struct vreader *r, int line, const char *s, size_t n)
{
	const char *colon = memchr(s, ':', n);
	size_t k = colon != NULL ? (size_t)(colon - s) : n;
	const char *v = s + k + 2;
	size_t vn = k + 2 <= n ? n - k - 2 : 0;
	struct gen_vendor *cur;

	r->says_open = false;
	if (k >= n - 1 || s[k + 1] != ' ' || vn == 0) {
		gen_error(r->path, line, "expected 'field: value' (vendor, kind, "
			  "meaning, match, says, source)");
		return;
	}
	if (k == 6 && memcmp(s, "vendor", 6) == 0) {
		if (r->v->count == GEN_MAX_VENDORS) {
			gen_error(r->path, line, "more than %d vendors", GEN_MAX_VENDORS);
			r->cur = NULL;
			return;
		}
		r->cur = &r->v->vendors[r->v->count++];
		memset(r->cur, 0, sizeof(*r->cur));
		r->cur->name = keep(v, vn);
		r->cur->line = line;
		return;
	}
	if ((cur = r->cur) == NULL) {
		gen_error(r->path, line, "'%.*s' before the first vendor", (int)k, s);
		return;
	}
	if (k == 4 && memcmp(s, "kind", 4) == 0 && cur->kind == NULL) {
		cur->kind = keep(v, vn);
	} else if (k == 7 && memcmp(s, "meaning", 7) == 0 && cur->meaning == NULL) {
		cur->meaning = keep(v, vn);
		cur->meaning_line = line;
	} else if (k == 5 && memcmp(s, "match", 5) == 0) {
		match_line(r, line, v, vn);
	} else if (k == 4 && memcmp(s, "says", 4) == 0 && cur->says == NULL) {
		cur->says = keep(v, vn);
		r->says_open = true;
	} else if (k == 6 && memcmp(s, "source", 6) == 0) {
		cur->sources++;
	} else {
		gen_error(r->path, line, "unknown or repeated field '%.*s'",
			  (int)(k < 24 ? k : 24), s);
	}
}

bool gen_vendors_parse_buffer(const char *path, const char *buf, size_t n,
			      struct gen_vendors *v)
{
	struct vreader r = { path, v, NULL, false };
	unsigned before = gen_error_count();
	size_t start = 0, end, len, i;
	int line = 0;

	memset(v, 0, sizeof(*v));
	v->path = path;
	text_used = 0;
	while (start < n) {
		const char *nl = memchr(buf + start, '\n', n - start);
		const char *s = buf + start;

		end = nl ? (size_t)(nl - buf) : n;
		len = end - start;
		start = end + 1;
		line++;
		if (len == 0 || s[0] == '#') {
			r.says_open = false;
			continue;
		}
		for (i = 0; i < len && (unsigned char)s[i] >= 0x20 && s[i] != 0x7f; i++)
			;
		if (len > GEN_MAX_LINE || i < len || s[len - 1] == ' ') {
			gen_error(path, line, len > GEN_MAX_LINE ? "line too long" :
				  i < len ? "control character" : "trailing white space");
			continue;
		}
		if (s[0] == ' ') {
			while (*s == ' ') {
				s++;
				len--;
			}
			if (!r.says_open || r.cur == NULL || !extend(s, len))
				gen_error(path, line, "an indented line continues says:, "
					  "and nothing else");
			continue;
		}
		field_line(&r, line, s, len);
	}
	return gen_error_count() == before;
}

bool gen_vendors_parse(const char *path, struct gen_vendors *v)
{
	static char buf[GEN_MAX_FILE + 1];
	size_t n = gen_read_file(path, buf, sizeof(buf));

	memset(v, 0, sizeof(*v));
	if (n == (size_t)-1)
		return false;
	if (n > GEN_MAX_FILE) {
		gen_error(path, 0, "larger than %d bytes", GEN_MAX_FILE);
		return false;
	}
	return gen_vendors_parse_buffer(path, buf, n, v);
}

/* Prose keeps one space between words, as the program's wrapping
 * expects. */
static void squeeze(char *s)
{
	char *out = s;

	for (; *s != '\0'; s++)
		if (!(*s == ' ' && s[1] == ' '))
			*out++ = *s;
	*out = '\0';
}

void gen_vendors_check(const struct gen_vendors *v, const struct gen_record *recs,
		       size_t count)
{
	size_t i, r;

	for (i = 0; i < v->count; i++) {
		const struct gen_vendor *d = &v->vendors[i];

		if (d->says != NULL)
			squeeze((char *)d->says);
		if (d->kind == NULL || d->says == NULL || d->match_count == 0 ||
		    d->sources == 0)
			gen_error(v->path, d->line, "vendor %s: kind, says, a match and "
				  "a source are required", d->name);
		if (d->meaning == NULL)
			continue;
		for (r = 0; r < count; r++)
			if (httpref_source_word_is(recs[r].value[F_SOURCE], d->meaning))
				break;
		if (r == count)
			gen_error(v->path, d->meaning_line, "meaning: no record's source "
				  "starts with '%s'", d->meaning);
	}
}
