/* httpref: the status-code record and the table lookup. */
#ifndef HTTPREF_H
#define HTTPREF_H

#include <stddef.h>

/* HTTPREF_VERSION comes from the file VERSION, through the Makefile. */

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* The generator refuses more records than this, so fixed arrays of
 * results sized by it can never overflow. */
#define HTTPREF_MAX_RECORDS 512

/* Order matters: within one code, records sort by status, so the
 * registered meaning always comes before vendor meanings. */
enum httpref_status {
	STATUS_REGISTERED,
	STATUS_TEMPORARY,
	STATUS_DEPRECATED,
	STATUS_OBSOLETE,
	STATUS_RESERVED,
	STATUS_UNOFFICIAL,
	STATUS_COUNT
};

enum httpref_cacheable {
	CACHEABLE_UNKNOWN,
	CACHEABLE_NO,
	CACHEABLE_YES
};

/* The generator refuses longer lists, so a record's lists fit here.
 * Constants get more room: ten ecosystems, some with older names. */
#define HTTPREF_MAX_ITEMS 16
#define HTTPREF_MAX_CONSTANTS 32

struct httpref_list {
	const char *items[HTTPREF_MAX_ITEMS];
	size_t count;
};

/* A related code and why one would pick it instead.  source is NULL, or
 * the first word of the source of the one meaning it names ("nginx"). */
struct httpref_related {
	unsigned short code;
	const char *source;
	const char *why;
};

struct httpref_related_list {
	struct httpref_related items[HTTPREF_MAX_ITEMS];
	size_t count;
};

/* The libraries whose names for the codes a record gives.  The order is
 * the order shown. */
enum httpref_ecosystem {
	ECO_PYTHON, ECO_GO, ECO_JAVA, ECO_SPRING, ECO_DOTNET, ECO_ASPNETCORE,
	ECO_RACK, ECO_RUST, ECO_SYMFONY, ECO_NODE, ECO_NGINX,
	ECO_COUNT
};

/* Every record names all of these, "none" included; nginx only where
 * nginx's source defines a name. */
#define ECO_REQUIRED ECO_NGINX

/* One name of a code in one ecosystem.  name is NULL for "none".  The
 * first entry of an ecosystem is its current name; later ones are older
 * names or aliases, and their note says which. */
struct httpref_constant {
	enum httpref_ecosystem ecosystem;
	const char *name;
	const char *note; /* NULL when there is none */
	unsigned char current;
};

struct httpref_constant_list {
	struct httpref_constant items[HTTPREF_MAX_CONSTANTS];
	size_t count;
};

/* One record as the program reads it.  The table itself holds offsets,
 * not pointers (see httpref_table.h); httpref_get fills this view. */
struct httpref_record {
	unsigned short code;
	enum httpref_status status;
	enum httpref_cacheable cacheable;
	const char *name;
	const char *source;
	const char *reference;
	const char *summary;
	const char *description; /* NULL when the record has none */
	const char *insight;
	const char *clients;
	const char *retry; /* whether and when a client should try again */
	const char *example; /* lines joined with '\n' */
	struct httpref_list aliases;
	struct httpref_list causes;
	struct httpref_list fixes;
	struct httpref_list mistakes;
	struct httpref_list headers;
	struct httpref_list sources;
	struct httpref_related_list related;
	struct httpref_constant_list constants;
};

/* How many records there are; they are numbered from 0, sorted by code,
 * then status (the registered meaning first), then source. */
extern const size_t httpref_record_count;

/* Fills *rec with record number index (below httpref_record_count). */
void httpref_get(size_t index, struct httpref_record *rec);

/* Fills *c with constant number index of the table and returns the
 * number of the record it belongs to. */
size_t httpref_constant_at(size_t index, struct httpref_constant *c);

/* The constants of record number index: sets *first to the number of
 * the first and returns how many there are. */
size_t httpref_constants_of(size_t index, size_t *first);

/* The constants named by query, qualified ("http.StatusTeapot",
 * ":not_found") or bare ("StatusTeapot"), ignoring case: up to max of
 * their numbers go in found; returns how many were stored. */
size_t httpref_constant_find(const char *query, size_t *found, size_t max);

/* The code and the name of record number index, without a whole view. */
unsigned httpref_code_at(size_t index);
const char *httpref_name_at(size_t index);
const char *httpref_source_at(size_t index);
enum httpref_status httpref_status_at(size_t index);

/* Record number index as the generator wrote it for printing: its
 * one-line view after the code (*head bytes of it come before the
 * summary), and its JSON object as it follows "[" or ","; *len is the
 * length. */
const char *httpref_line_at(size_t index, size_t *len, size_t *head);
const char *httpref_json_at(size_t index, size_t *len);

/* Does source ("Spring Framework") start with the word ("spring"),
 * ignoring case?  A related item names one meaning of a code so. */
static inline int httpref_source_word_is(const char *source, const char *word)
{
	for (; *word != '\0'; source++, word++) {
		char a = *source, b = *word;

		if (a >= 'A' && a <= 'Z')
			a = (char)(a - 'A' + 'a');
		if (b >= 'A' && b <= 'Z')
			b = (char)(b - 'A' + 'a');
		if (a != b)
			return 0;
	}
	return *source == '\0' || *source == ' ';
}

/* The records of one code: sets *first to the number of the first and
 * returns how many there are; 0 when the code has no record. */
size_t httpref_find(unsigned code, size_t *first);

/* The code spelled by three digits at s; the caller has checked them. */
static inline unsigned httpref_code_value(const char *s)
{
	return (unsigned)(s[0] - '0') * 100 + (unsigned)(s[1] - '0') * 10 +
	       (unsigned)(s[2] - '0');
}

/* The three digits of a code, NUL-terminated, in buf: "000" to "999". */
static inline char *httpref_code_text(unsigned code, char buf[4])
{
	buf[0] = (char)('0' + code / 100 % 10);
	buf[1] = (char)('0' + code / 10 % 10);
	buf[2] = (char)('0' + code % 10);
	buf[3] = '\0';
	return buf;
}

/* Shared with the generator, hence inline: the names each enum value and
 * class digit is written and shown as. */

/* "Client Error" for 4xx and so on; NULL for a first digit outside 0-5. */
static inline const char *httpref_class_name(unsigned code)
{
	static const char *const names[] = {
		"No Response", "Informational", "Success",
		"Redirection", "Client Error", "Server Error",
	};

	return code / 100 < LEN(names) ? names[code / 100] : NULL;
}

static inline const char *httpref_status_name(enum httpref_status status)
{
	static const char *const names[STATUS_COUNT] = {
		"registered", "temporary", "deprecated",
		"obsolete", "reserved", "unofficial",
	};

	return (unsigned)status < STATUS_COUNT ? names[status] : NULL;
}

/* The key a data file and --lang use ("aspnetcore"), and the label
 * shown ("ASP.NET Core"); NULL for a value out of range. */
static inline const char *httpref_ecosystem_key(enum httpref_ecosystem e)
{
	static const char *const keys[ECO_COUNT] = {
		"python", "go", "java", "spring", "dotnet", "aspnetcore",
		"rack", "rust", "symfony", "node", "nginx",
	};

	return (unsigned)e < ECO_COUNT ? keys[e] : NULL;
}

static inline const char *httpref_ecosystem_label(enum httpref_ecosystem e)
{
	static const char *const labels[ECO_COUNT] = {
		"Python", "Go", "Java", "Spring", ".NET", "ASP.NET Core",
		"Rack/Rails", "Rust http", "Symfony", "Node.js", "nginx (C)",
	};

	return (unsigned)e < ECO_COUNT ? labels[e] : NULL;
}

#endif
