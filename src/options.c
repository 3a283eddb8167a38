/* Option parsing with getopt_long.  Errors are reported here, with the
 * offending word escaped, followed by a hint to run --help. */
#define _GNU_SOURCE /* getopt_long */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "options.h"

enum { OPT_COLOR = 256 };

static const struct option long_options[] = {
	{ "class", required_argument, NULL, 'c' },
	{ "color", optional_argument, NULL, OPT_COLOR },
	{ "colour", optional_argument, NULL, OPT_COLOR },
	{ "help", no_argument, NULL, 'h' },
	{ "json", no_argument, NULL, 'j' },
	{ "list", no_argument, NULL, 'l' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static const char usage_text[] =
	"usage: httpref [-hjlV] [-c class] [--color[=when]] [code | mask | name ...]\n";

static const char help_text[] =
	"\n"
	"Explain HTTP status codes, offline.\n"
	"\n"
	"  httpref 404            everything about one code\n"
	"  httpref 5xx            one line for each code the mask matches (x: any digit)\n"
	"  httpref 'not found'    find a code by its name or an older name\n"
	"\n"
	"Options:\n"
	"  -c, --class CLASS      list a class: 1 to 5, 1xx to 5xx, or a name\n"
	"                         such as client-error\n"
	"      --color[=WHEN]     colour: auto (the default), always or never\n"
	"  -h, --help             show this help and exit\n"
	"  -j, --json             print the records as a JSON array\n"
	"  -l, --list             list every code\n"
	"  -V, --version          show the version and exit\n"
	"\n"
	"Exit status: 0 all found, 1 something not found, 2 usage error,\n"
	"3 output could not be written.  See httpref(1).\n";

static enum options_result bad_usage(void)
{
	fputs("Try 'httpref --help' for more information.\n", stderr);
	return OPTIONS_USAGE;
}

static enum options_result bad_option(int c, char *argv[])
{
	char q[QUOTE_SIZE], opt[3] = { '-', (char)optopt, '\0' };
	const char *last = argv[optind - 1];
	/* getopt sets optopt for a short option and for a long one that
	 * lacks its value; the word itself tells which was typed. */
	const char *word = strncmp(last, "--", 2) == 0 || optopt == 0 ? last : opt;

	if (c == ':')
		error_msg("option '%s' needs a value", error_quote(word, q, sizeof(q)));
	else
		error_msg("unknown option '%s'", error_quote(word, q, sizeof(q)));
	return bad_usage();
}

static bool parse_colour(const char *arg, enum colour_when *when)
{
	if (arg == NULL || strcmp(arg, "always") == 0)
		*when = COLOUR_ALWAYS;
	else if (strcmp(arg, "never") == 0)
		*when = COLOUR_NEVER;
	else if (strcmp(arg, "auto") == 0)
		*when = COLOUR_AUTO;
	else
		return false;
	return true;
}

enum options_result options_parse(int argc, char *argv[], struct options *o)
{
	char q[QUOTE_SIZE];
	int c;

	memset(o, 0, sizeof(*o));
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":c:hjlV", long_options, NULL)) != -1) {
		switch (c) {
		case 'c':
			if (!query_parse_class(optarg, &o->class_query)) {
				error_msg("--class: '%s' is not a class (1 to 5, 1xx to 5xx, "
					  "or a name such as client-error)",
					  error_quote(optarg, q, sizeof(q)));
				return bad_usage();
			}
			o->has_class = true;
			break;
		case 'h':
			fputs(usage_text, stdout);
			fputs(help_text, stdout);
			return OPTIONS_DONE;
		case 'j':
			o->json = true;
			break;
		case 'l':
			o->list = true;
			break;
		case 'V':
			puts("httpref " HTTPREF_VERSION);
			return OPTIONS_DONE;
		case OPT_COLOR:
			if (!parse_colour(optarg, &o->colour)) {
				error_msg("--color: '%s' is not auto, always or never",
					  error_quote(optarg, q, sizeof(q)));
				return bad_usage();
			}
			break;
		default:
			return bad_option(c, argv);
		}
	}
	o->first_arg = optind;
	if (optind == argc && !o->list && !o->has_class) {
		fputs(usage_text, stderr);
		return bad_usage();
	}
	return OPTIONS_RUN;
}
