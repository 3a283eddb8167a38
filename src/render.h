/* The text views of a record: the full detail and the one-line form. */
#ifndef RENDER_H
#define RENDER_H

#include <stdbool.h>
#include <stddef.h>

#include "httpref.h"
#include "out.h"

/* The parts of the detail view, in the order they are shown. */
enum render_section {
	SECTION_SUMMARY, SECTION_DESCRIPTION, SECTION_CAUSES, SECTION_FIXES,
	SECTION_MISTAKES, SECTION_INSIGHT, SECTION_HEADERS, SECTION_CLIENTS,
	SECTION_CACHEABLE, SECTION_RETRY, SECTION_REFERENCE, SECTION_RELATED, SECTION_CONSTANTS,
	SECTION_EXAMPLE, SECTION_SOURCES,
	SECTION_COUNT
};

#define SECTIONS_ALL ((1u << SECTION_COUNT) - 1)

struct render_opts {
	size_t width;      /* wrap prose to this many columns */
	bool colour;       /* emit escape sequences */
	bool clip;         /* cut one-line summaries to the width */
	unsigned sections; /* bits of enum render_section; 0 means all */
	bool has_lang;     /* show only one library's constants: */
	enum httpref_ecosystem lang;
};

/* "fixes" for SECTION_FIXES; NULL past the last section. */
const char *render_section_name(unsigned section);

void render_detail(struct out *out, const struct httpref_record *rec,
		   const struct render_opts *opts);
/* The same for record number index, read from the table here, so that
 * its callers' frames stay small on the paths that print no detail. */
void render_detail_at(struct out *out, size_t index, const struct render_opts *opts);
/* The one-line view of record number index. */
void render_line(struct out *out, size_t index, const struct render_opts *opts);

#endif
