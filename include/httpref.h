/* httpref: the status-code record and the table lookup. */
#ifndef HTTPREF_H
#define HTTPREF_H

#include <stddef.h>

#define HTTPREF_VERSION "0.1.0"

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

struct httpref_list {
	const char *const *items;
	size_t count;
};

struct httpref_codes {
	const unsigned short *codes;
	size_t count;
};

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
	const char *example; /* lines joined with '\n' */
	struct httpref_list aliases;
	struct httpref_list causes;
	struct httpref_list fixes;
	struct httpref_list mistakes;
	struct httpref_list headers;
	struct httpref_codes related;
};

/* All records, sorted by code, then status, then source. */
extern const struct httpref_record httpref_records[];
extern const size_t httpref_record_count;

/* The records for one code: *first is set to the first of them and the
 * count is returned; 0 when the code has no record. */
size_t httpref_find(unsigned code, const struct httpref_record **first);

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

#endif
