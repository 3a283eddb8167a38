/* Command-line options. */
#ifndef OPTIONS_H
#define OPTIONS_H

#include <stdbool.h>

#include "out.h"
#include "query.h"

enum colour_when { COLOUR_AUTO, COLOUR_ALWAYS, COLOUR_NEVER };

/* Which records lists show. */
enum filter { FILTER_ALL, FILTER_OFFICIAL, FILTER_UNOFFICIAL };

struct options {
	bool brief;
	bool list;
	bool json;
	bool no_pager;       /* --no-pager */
	bool compare;        /* --compare: the arguments side by side */
	bool guide;          /* --guide: the argument, if any, is a topic */
	bool has_class;
	struct query class_query;
	const char *search;  /* -s WORDS, or NULL */
	unsigned sections;   /* bits of enum render_section; 0 for all */
	enum filter filter;
	enum colour_when colour;
	enum httpref_ecosystem lang; /* --lang, or ECO_COUNT */
	int first_arg;       /* argv index of the first query */
};

enum options_result {
	OPTIONS_RUN,     /* go on with the queries */
	OPTIONS_HELP,    /* --help: print options_help and stop */
	OPTIONS_VERSION, /* --version */
	OPTIONS_USAGE,   /* an error was reported on stderr */
};

enum options_result options_parse(int argc, char *argv[], struct options *o);
void options_help(struct out *out);
void options_version(struct out *out);

#endif
