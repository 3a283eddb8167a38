/* Near misses.  Codes: letters that look like digits, a digit too few or
 * too many.  Names: a small edit distance to a name, an alias, or one word
 * of either. */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#include "httpref_table.h"
#include "suggest.h"

#define DISTANCE_MAX_LEN 128
#define FAR ((size_t)-1)

const char *suggest_class_meaning(unsigned code)
{
	static const char *const meaning[] = {
		NULL,
		"an interim answer; the final response is still to come",
		"the server did what was asked",
		"the client has to take another step, usually to another URL",
		"the request itself is at fault",
		"the server failed to answer a request that may be valid",
	};

	return code >= 100 && code / 100 < LEN(meaning) ? meaning[code / 100] : NULL;
}

static bool seen(const size_t *out, size_t n, unsigned code)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (httpref_code_at(out[i]) == code)
			return true;
	return false;
}

static size_t add_code(size_t *out, size_t n, size_t max, unsigned code)
{
	size_t first;

	if (n < max && !seen(out, n, code) && httpref_find(code, &first) > 0)
		out[n++] = first;
	return n;
}

/* A name matched this very record: keep it, not the code's first one, so
 * that "enhance yur calm" names Twitter's 420, not Spring's. */
static size_t add_record(size_t *out, size_t n, size_t max, size_t index)
{
	if (n < max && !seen(out, n, httpref_code_at(index)))
		out[n++] = index;
	return n;
}

static bool all_digits(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++)
		if (!isdigit((unsigned char)*s))
			return false;
	return true;
}

/* 4O4 and 4o4 are 404; l and I are 1. */
static size_t lookalike_digits(const char *arg, size_t *out,
			       size_t n, size_t max)
{
	char fixed[3];
	size_t i;

	if (strlen(arg) != 3)
		return n;
	for (i = 0; i < 3; i++) {
		char c = arg[i];

		if (c == 'O' || c == 'o')
			c = '0';
		else if (c == 'l' || c == 'I')
			c = '1';
		if (!isdigit((unsigned char)c))
			return n;
		fixed[i] = c;
	}
	return add_code(out, n, max, httpref_code_value(fixed));
}

/* In the IANA registry, in any status; not a vendor's code. */
static bool is_registered(size_t index)
{
	struct httpref_record rec;

	httpref_get(index, &rec);
	return rec.status != STATUS_UNOFFICIAL;
}

static size_t add_if(size_t *out, size_t n, size_t max, unsigned code, bool registered)
{
	size_t first;

	if (httpref_find(code, &first) == 0 || is_registered(first) != registered)
		return n;
	return add_code(out, n, max, code);
}

/* "40" may be any of 400 to 409; "4044" has one digit too many.  The
 * registered codes among the candidates come first. */
static size_t wrong_length(const char *arg, size_t *out,
			   size_t n, size_t max)
{
	size_t len = strlen(arg), skip, i, pass;
	unsigned code, d;

	if (!all_digits(arg) || (len != 2 && len != 4))
		return n;
	for (pass = 0; pass < 2; pass++) {
		bool registered = pass == 0;

		if (len == 2) {
			code = (unsigned)((arg[0] - '0') * 100 + (arg[1] - '0') * 10);
			for (d = 0; d < 10; d++)
				n = add_if(out, n, max, code + d, registered);
			continue;
		}
		for (skip = 0; skip < 4; skip++) {
			code = 0;
			for (i = 0; i < 4; i++)
				if (i != skip)
					code = code * 10 + (unsigned)(arg[i] - '0');
			n = add_if(out, n, max, code, registered);
		}
	}
	return n;
}

size_t suggest_distance(const char *a, const char *b)
{
	size_t rows[3][DISTANCE_MAX_LEN + 1];
	size_t la = strlen(a), lb = strlen(b), i, j;

	if (la > DISTANCE_MAX_LEN || lb > DISTANCE_MAX_LEN)
		return FAR;
	for (j = 0; j <= lb; j++)
		rows[0][j] = j;
	for (i = 1; i <= la; i++) {
		size_t *cur = rows[i % 3], *prev = rows[(i - 1) % 3];
		size_t *prev2 = rows[(i + 1) % 3];

		cur[0] = i;
		for (j = 1; j <= lb; j++) {
			int ca = tolower((unsigned char)a[i - 1]);
			int cb = tolower((unsigned char)b[j - 1]);
			size_t best = prev[j - 1] + (ca != cb);

			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			if (i > 1 && j > 1 && ca == tolower((unsigned char)b[j - 2]) &&
			    tolower((unsigned char)a[i - 2]) == cb && prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;
			cur[j] = best;
		}
	}
	return rows[la % 3][lb];
}

/* The smallest distance from arg to the name or one of its words. */
static size_t name_distance(const char *arg, const char *name)
{
	char word[DISTANCE_MAX_LEN + 1];
	size_t best = suggest_distance(arg, name), d, len;

	while (*name != '\0') {
		name += strspn(name, " -");
		len = strcspn(name, " -");
		if (len > 0 && len <= DISTANCE_MAX_LEN) {
			memcpy(word, name, len);
			word[len] = '\0';
			d = suggest_distance(arg, word);
			if (d < best)
				best = d;
		}
		name += len;
	}
	return best;
}

/* Names, aliases, and the bare names of constants, which are compared
 * whole: "StatusTooManyRequest" is one typo from StatusTooManyRequests. */
static size_t record_distance(const char *arg, const struct httpref_record *rec)
{
	const char *bare = httpref_bare_constant(arg);
	size_t best = name_distance(arg, rec->name), d, i;

	for (i = 0; i < rec->aliases.count; i++) {
		d = name_distance(arg, rec->aliases.items[i]);
		if (d < best)
			best = d;
	}
	for (i = 0; i < rec->constants.count; i++) {
		if (rec->constants.items[i].name == NULL)
			continue;
		d = suggest_distance(bare, httpref_bare_constant(rec->constants.items[i].name));
		if (d < best)
			best = d;
	}
	return best;
}

/* Allow one typo in a short word, two in a longer one, three in a phrase. */
static size_t typo_budget(size_t len)
{
	return len <= 4 ? 1 : len <= 8 ? 2 : 3;
}

static size_t misspelt_name(const char *arg, size_t *out,
			    size_t n, size_t max)
{
	static size_t distance[HTTPREF_MAX_RECORDS];
	size_t budget = typo_budget(strlen(arg)), d, r;

	if (strlen(arg) < 3 || all_digits(arg))
		return n;
	struct httpref_record rec;

	for (r = 0; r < httpref_record_count && r < LEN(distance); r++) {
		httpref_get(r, &rec);
		distance[r] = record_distance(arg, &rec);
	}
	/* Closest first: one pass per distance keeps it free of sorting. */
	for (d = 0; d <= budget; d++)
		for (r = 0; r < httpref_record_count && r < LEN(distance); r++)
			if (distance[r] == d)
				n = add_record(out, n, max, r);
	return n;
}

bool suggest_is_number(const char *arg)
{
	return all_digits(arg[0] == '+' || arg[0] == '-' ? arg + 1 : arg);
}

size_t suggest(const char *arg, size_t *out, size_t max)
{
	size_t n = 0;

	if (strlen(arg) > DISTANCE_MAX_LEN)
		return 0;
	/* "+200" is 200 with a sign a calculator would accept. */
	if (arg[0] == '+' && strlen(arg) == 4 && all_digits(arg + 1))
		n = add_code(out, n, max, httpref_code_value(arg + 1));
	n = lookalike_digits(arg, out, n, max);
	n = wrong_length(arg, out, n, max);
	n = misspelt_name(arg, out, n, max);
	return n;
}

size_t suggest_nearest(unsigned code, size_t *out)
{
	size_t r, n = 0, below = 0, above;
	bool have_below = false;

	/* Sorted by code: the last registered one below is the nearest below,
	 * the first registered one above the nearest above. */
	for (r = 0; r < httpref_record_count && httpref_code_at(r) < code; r++) {
		if (httpref_code_at(r) / 100 == code / 100 && is_registered(r)) {
			below = r;
			have_below = true;
		}
	}
	for (above = r; above < httpref_record_count &&
	     httpref_code_at(above) / 100 == code / 100 && !is_registered(above); above++)
		;
	if (have_below)
		out[n++] = below;
	if (above < httpref_record_count && httpref_code_at(above) / 100 == code / 100)
		out[n++] = above;
	return n;
}
