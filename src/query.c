/* Argument parsing for queries.  Every input is bounded: nothing is
 * copied past QUERY_MAX, and an argument that does not fit is refused. */
#include <string.h>

#include "httpref_table.h"
#include "query.h"

/* ASCII only, without <ctype.h>: arguments are compared with ASCII names,
 * and the locale has no say in what a digit or a space is. */
static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static char fold(char c)
{
	return httpref_fold((unsigned char)c);
}

static bool is_blank(const char *s)
{
	while (is_space(*s))
		s++;
	return *s == '\0';
}

static bool is_code(const char *s)
{
	return is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && s[3] == '\0';
}

static bool is_mask(const char *s)
{
	bool wild = false;
	size_t i;

	if (strlen(s) != 3)
		return false;
	for (i = 0; i < 3; i++) {
		if (s[i] == 'x' || s[i] == 'X')
			wild = true;
		else if (!is_digit(s[i]))
			return false;
	}
	return wild;
}

static void set_mask(struct query *q, const char *s)
{
	size_t i;

	q->kind = QUERY_MASK;
	for (i = 0; i < 3; i++)
		q->mask[i] = fold(s[i]);
	q->mask[3] = '\0';
}

/* Spaces around an argument are dropped (a code pasted with them is
 * still a code); inside, they are part of a name. */
enum query_error query_parse(const char *arg, struct query *q)
{
	size_t n;

	memset(q, 0, sizeof(*q));
	if (is_blank(arg))
		return QUERY_EMPTY;
	while (is_space(*arg))
		arg++;
	n = strlen(arg);
	while (n > 0 && is_space(arg[n - 1]))
		n--;
	if (n > QUERY_MAX)
		return QUERY_TOO_LONG;
	memcpy(q->text, arg, n);
	q->text[n] = '\0';
	arg = q->text;
	if (is_code(arg)) {
		q->kind = QUERY_CODE;
		q->code = httpref_code_value(arg);
		return QUERY_OK;
	}
	if (is_mask(arg)) {
		set_mask(q, arg);
		return QUERY_OK;
	}
	q->kind = QUERY_NAME;
	return QUERY_OK;
}

static const char *const class_args[] = {
	"no-response", "informational", "success",
	"redirection", "client-error", "server-error",
};

const char *query_class_arg(unsigned digit)
{
	return digit < LEN(class_args) ? class_args[digit] : NULL;
}

/* Class names compare ignoring case, with '-', '_' and ' ' alike. */
static bool same_class_name(const char *arg, const char *name)
{
	for (; *arg != '\0' && *name != '\0'; arg++, name++) {
		char a = fold(*arg);

		if (a == ' ' || a == '_')
			a = '-';
		if (a != *name)
			return false;
	}
	return *arg == '\0' && *name == '\0';
}

bool query_parse_class(const char *arg, struct query *q)
{
	char mask[4] = "0xx";
	unsigned digit;

	memset(q, 0, sizeof(*q));
	if (arg[0] >= '0' && arg[0] <= '5' &&
	    (arg[1] == '\0' || ((arg[1] == 'x' || arg[1] == 'X') &&
				(arg[2] == 'x' || arg[2] == 'X') && arg[3] == '\0'))) {
		mask[0] = arg[0];
		set_mask(q, mask);
		return true;
	}
	for (digit = 0; digit <= 5; digit++) {
		if (same_class_name(arg, class_args[digit])) {
			mask[0] = (char)('0' + digit);
			set_mask(q, mask);
			return true;
		}
	}
	return false;
}

bool query_parse_ecosystem(const char *arg, enum httpref_ecosystem *e)
{
	static const struct {
		const char *name;
		enum httpref_ecosystem ecosystem;
	} other_names[] = {
		{ "py", ECO_PYTHON }, { "golang", ECO_GO }, { "csharp", ECO_DOTNET },
		{ "aspnet", ECO_ASPNETCORE }, { "ruby", ECO_RACK },
		{ "rails", ECO_RACK }, { "php", ECO_SYMFONY }, { "nodejs", ECO_NODE },
		{ "js", ECO_NODE }, { "javascript", ECO_NODE },
	};
	unsigned i;

	for (i = 0; i < ECO_COUNT; i++) {
		if (same_class_name(arg, httpref_ecosystem_key((enum httpref_ecosystem)i))) {
			*e = (enum httpref_ecosystem)i;
			return true;
		}
	}
	for (i = 0; i < LEN(other_names); i++) {
		if (same_class_name(arg, other_names[i].name)) {
			*e = other_names[i].ecosystem;
			return true;
		}
	}
	return false;
}

static bool contains_nocase(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay != '\0'; hay++) {
		size_t i;

		for (i = 0; i < n && hay[i] != '\0' &&
		     fold(hay[i]) == fold(needle[i]); i++)
			;
		if (i == n)
			return true;
	}
	return n == 0;
}

static bool equals_nocase(const char *a, const char *b)
{
	for (; *a != '\0' && *b != '\0'; a++, b++)
		if (fold(*a) != fold(*b))
			return false;
	return *a == *b;
}

static bool any_name(const struct query *q, const struct httpref_record *rec,
		     bool (*match)(const char *, const char *))
{
	size_t i;

	if (match(rec->name, q->text))
		return true;
	for (i = 0; i < rec->aliases.count; i++)
		if (match(rec->aliases.items[i], q->text))
			return true;
	return false;
}

bool query_exact_name(const struct query *q, const struct httpref_record *rec)
{
	return q->kind == QUERY_NAME && any_name(q, rec, equals_nocase);
}

bool query_matches_code(const struct query *q, unsigned code)
{
	char digits[4];
	size_t i;

	switch (q->kind) {
	case QUERY_CODE:
		return code == q->code;
	case QUERY_MASK:
		httpref_code_text(code, digits);
		for (i = 0; i < 3; i++)
			if (q->mask[i] != 'x' && q->mask[i] != digits[i])
				return false;
		return true;
	case QUERY_NAME:
		break;
	}
	return false;
}

bool query_matches(const struct query *q, const struct httpref_record *rec)
{
	if (q->kind == QUERY_NAME)
		return any_name(q, rec, contains_nocase);
	return query_matches_code(q, rec->code);
}
