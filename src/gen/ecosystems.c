/* data/ecosystems: where each library's names for the codes were read,
 * for the LIBRARIES section of httpref-codes(7).  One line a library,
 * "key | label | source", in the order records list them. */
#include <errno.h>
#include <string.h>

#include "gen.h"

static char text[8192];

/* Splits s at " | " into up to n parts, in place; returns how many. */
static size_t split(char *s, char **parts, size_t n)
{
	size_t k = 0;
	char *bar;

	while (k + 1 < n && (bar = strstr(s, " | ")) != NULL) {
		parts[k++] = s;
		*bar = '\0';
		s = bar + 3;
	}
	parts[k++] = s;
	return k;
}

bool gen_ecosystems_parse(const char *path, struct gen_ecosystems *e)
{
	FILE *f = fopen(path, "rb");
	unsigned before = gen_error_count();
	size_t used = 0, len;
	char *parts[4];
	int line = 0;

	memset(e, 0, sizeof(*e));
	if (f == NULL) {
		gen_error(path, 0, "cannot open: %s", strerror(errno));
		return false;
	}
	while (used + 2 < sizeof(text) && fgets(text + used, (int)(sizeof(text) - used), f)) {
		char *s = text + used;

		line++;
		len = strlen(s);
		used += len + 1;
		if (len > 0 && s[len - 1] == '\n')
			s[--len] = '\0';
		if (len == 0 || s[0] == '#')
			continue;
		if (split(s, parts, LEN(parts)) != 3 || parts[0][0] == '\0' ||
		    parts[1][0] == '\0' || parts[2][0] == '\0') {
			gen_error(path, line, "expected 'key | label | source'");
			continue;
		}
		if (e->count == ECO_COUNT ||
		    strcmp(parts[0], httpref_ecosystem_key((enum httpref_ecosystem)e->count)) != 0) {
			gen_error(path, line, "'%s': the keys are, in this order: python, go, "
				  "java, spring, dotnet, aspnetcore, rack, rust, symfony, node, "
				  "nginx", parts[0]);
			continue;
		}
		e->label[e->count] = parts[1];
		e->source[e->count] = parts[2];
		e->count++;
	}
	if (ferror(f))
		gen_error(path, 0, "read error");
	fclose(f);
	if (gen_error_count() == before && e->count != ECO_COUNT)
		gen_error(path, line, "%zu libraries; every one of the %d is needed",
			  e->count, ECO_COUNT);
	return gen_error_count() == before;
}
