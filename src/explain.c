/* Reading a response's header fields for what they say about its code.
 * Which field names which vendor is data (data/vendors.txt); what a
 * field means for a code follows RFC 9110, RFC 6585 and RFC 6750, each
 * rule cited where it is applied.  Every value shown is escaped: the
 * input is untrusted. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "explain.h"
#include "httpref_table.h"
#include "json.h"
#include "style.h"
#include "wrap.h"

static const char *str(uint32_t offset)
{
	return &httpref_text[offset];
}

static char lower(char c)
{
	return httpref_fold((unsigned char)c);
}

static bool starts_nocase(const char *s, const char *prefix)
{
	for (; *prefix != '\0'; s++, prefix++)
		if (lower(*s) != lower(*prefix))
			return false;
	return true;
}

static bool contains_nocase(const char *s, const char *needle)
{
	for (; *s != '\0'; s++)
		if (starts_nocase(s, needle))
			return true;
	return *needle == '\0';
}

/* "*" anything; "text*" a prefix; "*text*" inside; else the whole value. */
static bool pattern_matches(const char *pattern, const char *value)
{
	size_t n = strlen(pattern);
	char inner[128];

	if (strcmp(pattern, "*") == 0)
		return true;
	if (n > 2 && pattern[0] == '*' && pattern[n - 1] == '*' && n - 2 < sizeof(inner)) {
		memcpy(inner, pattern + 1, n - 2);
		inner[n - 2] = '\0';
		return contains_nocase(value, inner);
	}
	if (n > 1 && pattern[n - 1] == '*' && n - 1 < sizeof(inner)) {
		memcpy(inner, pattern, n - 1);
		inner[n - 1] = '\0';
		return starts_nocase(value, inner);
	}
	return starts_nocase(value, pattern) && strlen(value) == n;
}

/* Appends printf-style text to a fact's buffer, as much as fits. */
static void add(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void add(char *buf, size_t size, const char *fmt, ...)
{
	size_t used = strlen(buf);
	va_list ap;

	if (used + 1 >= size)
		return;
	va_start(ap, fmt);
	vsnprintf(buf + used, size - used, fmt, ap);
	va_end(ap);
}

/* A header value as it may be shown: control and non-ASCII bytes as
 * \xNN, cut to fit. */
static const char *shown(const char *value, char *buf, size_t size)
{
	return error_quote(value, buf, size);
}

static struct fact *new_fact(struct explain *e, enum fact_kind kind, const char *label)
{
	struct fact *f;

	if (e->fact_count == EXPLAIN_MAX_FACTS)
		return NULL;
	f = &e->facts[e->fact_count++];
	f->kind = kind;
	snprintf(f->label, sizeof(f->label), "%s", label);
	f->text[0] = '\0';
	f->brief[0] = '\0';
	return f;
}

static void problem(struct explain *e, const char *text, const char *brief)
{
	struct fact *f = new_fact(e, FACT_PROBLEM, "Problem");

	if (f == NULL)
		return;
	snprintf(f->text, sizeof(f->text), "%s", text);
	snprintf(f->brief, sizeof(f->brief), "%s", brief);
}

/* Which vendors the fields point to, and the fields that said so. */
static void who_answered(const struct input_response *r, const struct httpref_record *rec,
			 struct explain *e)
{
	char evidence[256], value[64];
	struct fact *f;
	size_t v, m;

	for (v = 0; v < httpref_vendor_count; v++) {
		const struct httpref_vendor *d = &httpref_vendors[v];

		evidence[0] = '\0';
		for (m = 0; m < d->count; m++) {
			const struct httpref_vendor_match *x = &httpref_vendor_matches[d->first + m];
			const char *got = input_field(r, str(x->field));

			if (got == NULL || !pattern_matches(str(x->pattern), got) ||
			    strstr(evidence, str(x->field)) != NULL)
				continue;
			add(evidence, sizeof(evidence), "%s%s", evidence[0] ? ", " : "",
			    str(x->field));
			if (strcmp(str(x->pattern), "*") != 0)
				add(evidence, sizeof(evidence), ": %s",
				    shown(got, value, sizeof(value)));
		}
		if (evidence[0] == '\0' || e->vendor_count == EXPLAIN_MAX_VENDORS)
			continue;
		e->vendors[e->vendor_count++] = v;
		if ((f = new_fact(e, FACT_WHO, "Answered by")) == NULL)
			return;
		snprintf(f->text, sizeof(f->text), "%s (%s), from %s. %s", str(d->name),
			 str(d->kind), evidence, str(d->says));
		if (d->meaning != 0 && httpref_source_word_is(rec->source, str(d->meaning)))
			add(f->text, sizeof(f->text), " This %03u is %s's own code.",
			    rec->code, str(d->name));
		snprintf(f->brief, sizeof(f->brief), "%s answered", str(d->name));
	}
}

size_t explain_meaning(const struct explain *e, size_t first, size_t n)
{
	size_t i, v;

	for (v = 0; v < e->vendor_count; v++) {
		const struct httpref_vendor *d = &httpref_vendors[e->vendors[v]];

		if (d->meaning == 0)
			continue;
		for (i = 0; i < n; i++)
			if (httpref_source_word_is(httpref_source_at(first + i), str(d->meaning)))
				return i;
	}
	return n;
}

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static long days_from_civil(long y, unsigned m, unsigned d)
{
	long era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

static bool parse_digits(const char *s, size_t n, unsigned *out)
{
	size_t i;

	*out = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		*out = *out * 10 + (unsigned)(s[i] - '0');
	}
	return true;
}

/* IMF-fixdate, the form RFC 9110 section 5.6.7 requires senders to use:
 * "Sun, 06 Nov 1994 08:49:37 GMT". */
static bool parse_http_date(const char *s, time_t *t)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	unsigned day, year, hh, mm, ss, mon;

	if (strlen(s) != 29 || s[3] != ',' || s[4] != ' ' || s[7] != ' ' ||
	    s[11] != ' ' || s[16] != ' ' || s[19] != ':' || s[22] != ':' ||
	    strcmp(s + 25, " GMT") != 0)
		return false;
	for (mon = 0; mon < 12; mon++)
		if (memcmp(months + mon * 3, s + 8, 3) == 0)
			break;
	if (mon == 12 || !parse_digits(s + 5, 2, &day) || !parse_digits(s + 12, 4, &year) ||
	    !parse_digits(s + 17, 2, &hh) || !parse_digits(s + 20, 2, &mm) || !parse_digits(s + 23, 2, &ss) ||
	    day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60)
		return false;
	*t = (time_t)(days_from_civil((long)year, mon + 1, day) * 86400L +
		      (long)hh * 3600 + (long)mm * 60 + (long)ss);
	return true;
}

static void clock_time(time_t t, char *buf, size_t size)
{
	long s = (long)(t % 86400);

	if (s < 0)
		s += 86400;
	snprintf(buf, size, "%02ld:%02ld:%02ld UTC", s / 3600, s / 60 % 60, s % 60);
}

/* Retry-After: delay-seconds or an HTTP-date (RFC 9110, section 10.2.3). */
static void retry_after(const char *value, const struct input_response *r, time_t now,
			struct explain *e)
{
	const char *date = input_field(r, "Date");
	char at[16], q[EXPLAIN_TEXT / 2];
	time_t base = now, when;
	unsigned secs;
	struct fact *f;
	long wait;

	if (date != NULL && !parse_http_date(date, &base))
		base = now;
	if ((f = new_fact(e, FACT_FIELD, "Retry-After")) == NULL)
		return;
	if (value[0] != '\0' && strlen(value) <= 9 && parse_digits(value, strlen(value), &secs)) {
		clock_time(base + (time_t)secs, at, sizeof(at));
		snprintf(f->text, sizeof(f->text), "try again in %u s, at %s (counted from %s)",
			 secs, at, date != NULL ? "the Date field" : "now");
		snprintf(f->brief, sizeof(f->brief), "retry in %u s (%s)", secs, at);
		return;
	}
	if (!parse_http_date(value, &when)) {
		snprintf(f->text, sizeof(f->text), "'%s' is neither a number of seconds "
			 "nor an HTTP-date (RFC 9110, section 10.2.3); clients will "
			 "ignore it", shown(value, q, sizeof(q)));
		f->kind = FACT_PROBLEM;
		snprintf(f->brief, sizeof(f->brief), "unreadable Retry-After");
		return;
	}
	clock_time(when, at, sizeof(at));
	wait = (long)(when - base);
	if (wait <= 0)
		snprintf(f->text, sizeof(f->text), "the date it gives, %s, is already "
			 "past%s: retry now", at, date != NULL ? " by the Date field" : "");
	else
		snprintf(f->text, sizeof(f->text), "try again at %s, in %ld s (counted "
			 "from %s)", at, wait, date != NULL ? "the Date field" : "now");
	snprintf(f->brief, sizeof(f->brief), "retry at %s", at);
}

/* What a redirect's Location says, and a downgrade along a chain. */
static void location(const char *value, unsigned code, struct explain_chain *chain,
		     struct explain *e)
{
	char q[EXPLAIN_TEXT / 2];
	struct fact *f = new_fact(e, FACT_FIELD, "Location");
	bool absolute = strstr(value, "://") != NULL && value[0] != '/';
	const char *method = code == 303 ? "the client follows it with GET" :
			     code == 307 || code == 308 ? "the method and body are kept" :
			     code == 301 || code == 302 ? "clients may turn a POST into a GET" :
			     NULL;

	if (f == NULL)
		return;
	snprintf(f->text, sizeof(f->text), "%s, %s", shown(value, q, sizeof(q)),
		 absolute ? "an absolute URL" : "relative to the request's URL");
	if (method != NULL)
		add(f->text, sizeof(f->text), "; %s", method);
	snprintf(f->brief, sizeof(f->brief), "to %.60s", q);
	if (starts_nocase(value, "http://") && starts_nocase(chain->location, "https://"))
		problem(e, "the redirect goes from https to plain http: whatever the "
			"client sends next, cookies and credentials included, travels "
			"unencrypted", "https to http");
	if (code >= 300 && code < 400)
		snprintf(chain->location, sizeof(chain->location), "%s", value);
}

/* The parameter name="value" or name=value in a challenge, into buf. */
static bool auth_param(const char *value, const char *name, char *buf, size_t size)
{
	size_t n = strlen(name), i = 0;
	const char *s;

	for (s = value; *s != '\0'; s++) {
		if (!starts_nocase(s, name) || s[n] != '=' ||
		    (s > value && s[-1] != ' ' && s[-1] != ','))
			continue;
		s += n + 1;
		if (*s == '"') {
			for (s++; *s != '\0' && *s != '"' && i + 1 < size; s++) {
				if (*s == '\\' && s[1] != '\0')
					s++;
				buf[i++] = *s;
			}
		} else {
			for (; *s != '\0' && *s != ',' && *s != ' ' && i + 1 < size; s++)
				buf[i++] = *s;
		}
		buf[i] = '\0';
		return true;
	}
	return false;
}

/* WWW-Authenticate or Proxy-Authenticate: scheme, realm, and for Bearer
 * the error RFC 6750, section 3.1 defines. */
static void challenge(const char *field, const char *value, struct explain *e)
{
	char scheme[32], param[160], q[64];
	struct fact *f = new_fact(e, FACT_FIELD, field);
	size_t n = strcspn(value, " ,");

	if (f == NULL)
		return;
	snprintf(scheme, sizeof(scheme), "%.*s", (int)(n < 31 ? n : 31), value);
	snprintf(f->text, sizeof(f->text), "scheme %s", shown(scheme, q, sizeof(q)));
	snprintf(f->brief, sizeof(f->brief), "%.40s", q);
	if (auth_param(value, "realm", param, sizeof(param)))
		add(f->text, sizeof(f->text), ", realm \"%s\"", shown(param, q, sizeof(q)));
	if (auth_param(value, "error", param, sizeof(param))) {
		add(f->text, sizeof(f->text), ", error %s", shown(param, q, sizeof(q)));
		add(f->brief, sizeof(f->brief), " %s", q);
		if (strcmp(param, "invalid_token") == 0)
			add(f->text, sizeof(f->text), " (the token is expired, revoked or "
			    "malformed: get a new one)");
		else if (strcmp(param, "insufficient_scope") == 0)
			add(f->text, sizeof(f->text), " (the token lacks a scope this needs: "
			    "a new token with that scope, not a retry)");
		else if (strcmp(param, "invalid_request") == 0)
			add(f->text, sizeof(f->text), " (the request itself is malformed)");
	}
	if (auth_param(value, "error_description", param, sizeof(param)))
		add(f->text, sizeof(f->text), ": \"%s\"", shown(param, q, sizeof(q)));
	if (auth_param(value, "scope", param, sizeof(param)))
		add(f->text, sizeof(f->text), "; scope needed: %s", shown(param, q, sizeof(q)));
}

/* Will a cache keep this response?  RFC 9111 for the directives, RFC
 * 9110 section 15.1 for the codes cacheable by default. */
static void caching(const struct input_response *r, const struct httpref_record *rec,
		    struct explain *e)
{
	const char *cc = input_field(r, "Cache-Control");
	const char *expires = input_field(r, "Expires");
	const char *age = input_field(r, "Age");
	char q[EXPLAIN_TEXT / 2], param[32];
	struct fact *f;

	if (cc == NULL && expires == NULL && age == NULL &&
	    !(rec->code >= 400 && rec->cacheable == CACHEABLE_YES))
		return;
	if ((f = new_fact(e, FACT_FIELD, "Caching")) == NULL)
		return;
	if (cc != NULL && contains_nocase(cc, "no-store"))
		snprintf(f->text, sizeof(f->text), "no-store: no cache keeps it");
	else if (cc != NULL && contains_nocase(cc, "private"))
		snprintf(f->text, sizeof(f->text), "private: only the client's own "
			 "cache may keep it");
	else if (cc != NULL && (auth_param(cc, "s-maxage", param, sizeof(param)) ||
				auth_param(cc, "max-age", param, sizeof(param))))
		snprintf(f->text, sizeof(f->text), "caches may keep it for %s s (%s)",
			 shown(param, q, sizeof(q)), contains_nocase(cc, "s-maxage") ?
			 "s-maxage, for shared caches" : "max-age");
	else if (expires != NULL)
		snprintf(f->text, sizeof(f->text), "caches may keep it until %s",
			 shown(expires, q, sizeof(q)));
	else if (rec->cacheable == CACHEABLE_YES)
		snprintf(f->text, sizeof(f->text), "no freshness given, but %03u is "
			 "cacheable by default, so a cache may keep this %s for a time of "
			 "its choosing", rec->code, rec->code >= 400 ? "error" : "response");
	else
		snprintf(f->text, sizeof(f->text), "no freshness given, and %03u is not "
			 "cacheable by default", rec->code);
	if (age != NULL)
		add(f->text, sizeof(f->text), "; it has been in a cache for %s s",
		    shown(age, q, sizeof(q)));
}

static void field_fact(struct explain *e, const char *label, const char *lead,
		       const char *value)
{
	char q[EXPLAIN_TEXT / 2];
	struct fact *f = new_fact(e, FACT_FIELD, label);

	if (f != NULL)
		snprintf(f->text, sizeof(f->text), "%s%s", lead, shown(value, q, sizeof(q)));
}

static void rate_limits(const struct input_response *r, struct explain *e)
{
	static const char *const prefixes[] = { "RateLimit", "X-RateLimit" };
	static const char *const parts[] = { "-Limit", "-Remaining", "-Reset" };
	char name[32], q[64];
	const char *v;
	struct fact *f = NULL;
	size_t p, i;

	for (p = 0; p < LEN(prefixes); p++) {
		for (i = 0; i < LEN(parts); i++) {
			snprintf(name, sizeof(name), "%s%s", prefixes[p], parts[i]);
			if ((v = input_field(r, name)) == NULL)
				continue;
			if (f == NULL && (f = new_fact(e, FACT_FIELD, "Rate limit")) == NULL)
				return;
			add(f->text, sizeof(f->text), "%s%s %s", f->text[0] ? ", " : "",
			    parts[i] + 1, shown(v, q, sizeof(q)));
		}
	}
	if ((v = input_field(r, "RateLimit")) != NULL)
		field_fact(e, "Rate limit", "RateLimit: ", v);
	if ((v = input_field(r, "RateLimit-Policy")) != NULL)
		field_fact(e, "Rate limit", "policy: ", v);
}

/* The rules RFC 9110 and RFC 6585 state about fields a code needs. */
static void missing_fields(const struct input_response *r, unsigned code, struct explain *e)
{
	const char *type = input_field(r, "Content-Type");

	if (code == 401 && input_field(r, "WWW-Authenticate") == NULL)
		problem(e, "a 401 must carry WWW-Authenticate (RFC 9110, section "
			"15.5.2); without it the client cannot tell how to "
			"authenticate", "no WWW-Authenticate");
	if (code == 407 && input_field(r, "Proxy-Authenticate") == NULL)
		problem(e, "a 407 must carry Proxy-Authenticate (RFC 9110, section "
			"15.5.8)", "no Proxy-Authenticate");
	if (code == 405 && input_field(r, "Allow") == NULL)
		problem(e, "a 405 must carry Allow, the methods the resource supports "
			"(RFC 9110, section 15.5.6)", "no Allow");
	if ((code == 301 || code == 302 || code == 303 || code == 307 || code == 308) &&
	    input_field(r, "Location") == NULL)
		problem(e, "a redirect without Location leaves the client nowhere to go "
			"(RFC 9110, sections 15.4.2 to 15.4.9)", "no Location");
	if (code == 204 && (input_field(r, "Content-Length") != NULL ||
			    input_field(r, "Transfer-Encoding") != NULL))
		problem(e, "a 204 must not carry Content-Length (RFC 9110, section 8.6) "
			"or Transfer-Encoding (RFC 9112, section 6.1); it ends at its "
			"header section whatever they say", "204 with a body length");
	if ((code == 204 || code == 304) && r->body)
		problem(e, "lines follow the header section, but a 204 or 304 has no "
			"content (RFC 9112, section 6.3): the next response on the "
			"connection will be misread", "body after a 204 or 304");
	if ((code == 429 || code == 503) && input_field(r, "Retry-After") == NULL)
		problem(e, "no Retry-After: RFC 6585 and RFC 9110 leave it optional, "
			"but without it every client guesses how long to wait",
			"no Retry-After");
	if (code == 206 && input_field(r, "Content-Range") == NULL &&
	    (type == NULL || !starts_nocase(type, "multipart/byteranges")))
		problem(e, "a 206 with one part must carry Content-Range (RFC 9110, "
			"section 15.3.7)", "no Content-Range");
	if (r->cut)
		problem(e, "some header fields were too long or too many, and only "
			"the first part of them was read", "");
}

void explain_response(const struct input_response *r, const struct httpref_record *rec,
		      struct explain_chain *chain, time_t now, struct explain *e)
{
	const char *v;
	unsigned code = r->code;

	e->vendor_count = 0;
	e->fact_count = 0;
	e->hop = ++chain->hops;
	who_answered(r, rec, e);
	if ((v = input_field(r, "Retry-After")) != NULL)
		retry_after(v, r, now, e);
	if ((v = input_field(r, "Location")) != NULL)
		location(v, code, chain, e);
	if ((v = input_field(r, "WWW-Authenticate")) != NULL)
		challenge("WWW-Authenticate", v, e);
	if ((v = input_field(r, "Proxy-Authenticate")) != NULL)
		challenge("Proxy-Authenticate", v, e);
	if ((v = input_field(r, "Allow")) != NULL)
		field_fact(e, "Allow", "the resource supports ", v);
	if ((v = input_field(r, "Content-Range")) != NULL)
		field_fact(e, "Content-Range", code == 416 ? "the resource's length, "
			   "for a new Range: " : "this part: ", v);
	rate_limits(r, e);
	if ((v = input_field(r, "Upgrade")) != NULL)
		field_fact(e, "Upgrade", "the server offers ", v);
	if (code == 103 && (v = input_field(r, "Link")) != NULL)
		field_fact(e, "Link", "the client may start on these early: ", v);
	if (code == 421 && (v = input_field(r, "Alt-Svc")) != NULL)
		field_fact(e, "Alt-Svc", "try the request at this other endpoint: ", v);
	if (r->version[0] != '\0')
		caching(r, rec, e);
	if (r->version[0] != '\0')
		missing_fields(r, code, e);
}

void explain_choose(struct explain *e, const struct httpref_record *picked)
{
	struct fact *f = new_fact(e, FACT_WHO, "Meaning");
	char digits[4];

	if (f == NULL)
		return;
	snprintf(f->text, sizeof(f->text), "%s has several meanings; the fields "
		 "point to %s's, %s, shown first", httpref_code_text(picked->code, digits),
		 picked->source, picked->name);
}

void explain_render(struct out *out, const struct explain *e, const struct render_opts *o)
{
	size_t i;

	if (e->fact_count == 0 && e->hop <= 1)
		return;
	out_str(out, style_on(STYLE_HEADING, 0, o->colour));
	out_str(out, "This response");
	if (e->hop > 1) {
		char hop[32];

		snprintf(hop, sizeof(hop), " (hop %u)", e->hop);
		out_str(out, hop);
	}
	out_str(out, style_off(o->colour));
	out_char(out, '\n');
	for (i = 0; i < e->fact_count; i++) {
		const struct fact *f = &e->facts[i];

		out_spaces(out, 2);
		out_str(out, f->label);
		out_write(out, ": ", 2);
		wrap_text(out, f->text, 4 + strlen(f->label), 4, o->width);
	}
	if (e->fact_count == 0)
		out_str(out, "  Its header fields add nothing to the record below.\n");
	out_char(out, '\n');
}

void explain_line(struct out *out, const struct httpref_record *rec,
		  const struct explain *e, const struct render_opts *o)
{
	char line[1024], digits[4];
	size_t i, n = 0;

	snprintf(line, sizeof(line), "%s %s ", httpref_code_text(rec->code, digits),
		 rec->name);
	for (i = 0; i < e->fact_count; i++) {
		if (e->facts[i].brief[0] == '\0')
			continue;
		add(line, sizeof(line), "%s%s%s", n++ > 0 ? "; " : " ",
		    e->facts[i].kind == FACT_PROBLEM ? "problem: " : "", e->facts[i].brief);
	}
	if (n == 0)
		add(line, sizeof(line), " %s", rec->summary);
	if (o->clip && o->width > 4 && strlen(line) > o->width) {
		line[o->width - 3] = '\0';
		add(line, sizeof(line), "...");
	}
	out_str(out, style_on(STYLE_CLASS, rec->code, o->colour));
	out_write(out, line, 3);
	out_str(out, style_off(o->colour));
	out_str(out, line + 3);
	out_char(out, '\n');
}

void explain_json(struct out *out, const struct input_response *r,
		  const struct explain *e)
{
	static const char *const kinds[] = { "who", "field", "problem" };
	size_t i;

	out_str(out, ",\n    \"response\": {\"version\": ");
	json_string(out, r->version[0] != '\0' ? r->version : NULL);
	out_str(out, ", \"answered_by\": [");
	for (i = 0; i < e->vendor_count; i++) {
		if (i > 0)
			out_write(out, ", ", 2);
		json_string(out, str(httpref_vendors[e->vendors[i]].name));
	}
	out_str(out, "], \"facts\": [");
	for (i = 0; i < e->fact_count; i++) {
		out_str(out, i > 0 ? ",\n      {\"kind\": " : "\n      {\"kind\": ");
		json_string(out, kinds[e->facts[i].kind]);
		out_str(out, ", \"label\": ");
		json_string(out, e->facts[i].label);
		out_str(out, ", \"text\": ");
		json_string(out, e->facts[i].text);
		out_char(out, '}');
	}
	out_str(out, "]}");
}
