/* Option parsing with getopt_long.  Errors are reported here, with the
 * offending word escaped, followed by a hint to run --help.  A repeated
 * option replaces the earlier one, except --section, whose lists add up. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "guide.h"
#include "options.h"
#include "render.h"
#include "wrap.h"

enum {
	OPT_COLOR = 256, OPT_COMPARE, OPT_GUIDE, OPT_LANG, OPT_NO_COLOR, OPT_NO_PAGER,
	OPT_OFFICIAL, OPT_UNOFFICIAL
};

static const struct option long_options[] = {
	{ "brief", no_argument, NULL, 'b' },
	{ "class", required_argument, NULL, 'c' },
	{ "color", optional_argument, NULL, OPT_COLOR },
	{ "colour", optional_argument, NULL, OPT_COLOR },
	{ "compare", no_argument, NULL, OPT_COMPARE },
	{ "guide", no_argument, NULL, OPT_GUIDE },
	{ "help", no_argument, NULL, 'h' },
	{ "json", no_argument, NULL, 'j' },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "list", no_argument, NULL, 'l' },
	/* As git and npm spell it, since people type it from habit. */
	{ "no-color", no_argument, NULL, OPT_NO_COLOR },
	{ "no-colour", no_argument, NULL, OPT_NO_COLOR },
	{ "no-pager", no_argument, NULL, OPT_NO_PAGER },
	{ "official", no_argument, NULL, OPT_OFFICIAL },
	{ "search", required_argument, NULL, 's' },
	{ "section", required_argument, NULL, 'S' },
	{ "unofficial", no_argument, NULL, OPT_UNOFFICIAL },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static const char usage_text[] =
	"usage: httpref [-bhjlV] [-c class] [-s words] [-S sections] [--color[=when]]\n"
	"               [--compare | --guide] [--lang lang] [--official | --unofficial]\n"
	"               [--no-color] [--no-pager] [code | mask | name | constant | - ...]\n";

static const char help_text[] =
	"\n"
	"Explain HTTP status codes, offline.\n"
	"\n"
	"  httpref 404            everything about one code\n"
	"  httpref 5xx            one line for each code the mask matches (x: any digit)\n"
	"  httpref 'not found'    find a code by its name or an older name\n"
	"  httpref StatusTeapot   find a code by its constant in a library\n"
	"  curl -sI URL | httpref -   explain the status lines read from standard input\n"
	"\n"
	"Options:\n"
	"  -b, --brief            one line per record, whatever the query\n"
	"  -c, --class CLASS      list a class: 0 to 5, 0xx to 5xx, or a class name\n"
	"      --color[=WHEN]     colour: auto (the default), always or never;\n"
	"                         --color alone is always (also spelled --colour)\n"
	"      --compare          the codes given side by side: meaning, fault, retry,\n"
	"                         caching, headers, and how each differs\n"
	"      --guide [TOPIC]    which code to send: questions, one at a time on a\n"
	"                         terminal, else the whole tree as an outline\n"
	"  -h, --help             show this help and exit\n"
	"  -j, --json             print the records as a JSON array\n"
	"  -l, --list             list every record\n"
	"      --lang LANG        each code's constant in one library (see below):\n"
	"                         lists show it after the name, records only it\n"
	"      --no-color         no colour, as --color=never (also --no-colour)\n"
	"      --no-pager         print to the terminal, never through a pager\n"
	"      --official         lists, searches and names: only IANA-registered codes\n"
	"  -s, --search WORDS     records whose text holds every word, best match first\n"
	"  -S, --section SECTIONS show only these parts of a record (comma-separated)\n"
	"      --unofficial       lists, searches and names: only vendor codes\n"
	"  -V, --version          show the version and exit\n"
	"  --                     end the options: what follows is a query\n"
	"\n"
	"On a terminal, output taller than the screen goes through a pager:\n"
	"HTTPREF_PAGER, else PAGER, else less; LESS=FRX is set when LESS is unset.\n"
	"A pager set to an empty string or to cat turns it off, as --no-pager does.\n"
	"\n";

static const char help_tail[] =
	"\n"
	"Exit status: 0 all found, 1 something not found, 2 usage error,\n"
	"3 output could not be written.  See httpref(1).\n";

/* The help's width: every line fits a terminal of 80 columns. */
#define HELP_WIDTH 80

/* "Label: word word ...", folded to the help's width under two spaces. */
static void word_list(struct out *out, const char *label, const char *words)
{
	out_str(out, label);
	out_char(out, ' ');
	wrap_text(out, words, strlen(label) + 1, 2, HELP_WIDTH);
}

/* Appends " word" to buf, bounded by its size. */
static void add_word(char *buf, size_t size, const char *word)
{
	size_t used = strlen(buf);

	snprintf(buf + used, size - used, "%s%s", used > 0 ? " " : "", word);
}

void options_help(struct out *out)
{
	char words[512];
	unsigned i;

	out_str(out, usage_text);
	out_str(out, help_text);
	/* Made from the tables the program uses, so that completions, which
	 * read these lines, cannot drift from them.  A list too long for one
	 * line goes on over lines that start with spaces. */
	words[0] = '\0';
	for (i = 1; i <= 6; i++)
		add_word(words, sizeof(words), query_class_arg(i % 6));
	word_list(out, "Classes:", words);
	words[0] = '\0';
	for (i = 0; render_section_name(i) != NULL; i++)
		add_word(words, sizeof(words), render_section_name(i));
	word_list(out, "Sections:", words);
	guide_topics(words, sizeof(words));
	word_list(out, "Guide topics:", words);
	words[0] = '\0';
	for (i = 0; i < ECO_COUNT; i++)
		add_word(words, sizeof(words), httpref_ecosystem_key((enum httpref_ecosystem)i));
	word_list(out, "Languages:", words);
	out_str(out, help_tail);
}

void options_version(struct out *out)
{
	out_str(out, "httpref " HTTPREF_VERSION "\n");
}

static enum options_result bad_usage(void)
{
	error_text("Try 'httpref --help' for more information.\n");
	return OPTIONS_USAGE;
}

/* last: the word getopt stopped at. */
static enum options_result bad_option(int c, const char *last)
{
	char q[QUOTE_SIZE], opt[3] = { '-', (char)optopt, '\0' };
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

/* "fixes,headers": each name adds its bit; false names the bad one. */
static bool parse_sections(const char *arg, unsigned *sections)
{
	char q[QUOTE_SIZE], name[32];
	size_t len;
	unsigned s;

	do {
		len = strcspn(arg, ",");
		for (s = 0; render_section_name(s) != NULL; s++)
			if (strlen(render_section_name(s)) == len &&
			    strncmp(render_section_name(s), arg, len) == 0)
				break;
		if (render_section_name(s) == NULL) {
			snprintf(name, sizeof(name), "%.*s", (int)(len < 24 ? len : 24), arg);
			error_msg("--section: '%s' is not a section (see --help)",
				  error_quote(name, q, sizeof(q)));
			return false;
		}
		*sections |= 1u << s;
		arg += len;
	} while (*arg++ == ',');
	return true;
}

enum options_result options_parse(int argc, char *argv[], struct options *o)
{
	char q[QUOTE_SIZE];
	int c;

	memset(o, 0, sizeof(*o));
	o->lang = ECO_COUNT;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":bc:hjls:S:V", long_options, NULL)) != -1) {
		switch (c) {
		case 'b':
			o->brief = true;
			break;
		case 'c':
			if (!query_parse_class(optarg, &o->class_query)) {
				error_msg("--class: '%s' is not a class (1 to 5, 1xx to 5xx, "
					  "or a name)", error_quote(optarg, q, sizeof(q)));
				return bad_usage();
			}
			o->has_class = true;
			break;
		case 'h':
			return OPTIONS_HELP;
		case 'j':
			o->json = true;
			break;
		case 'l':
			o->list = true;
			break;
		case 's':
			o->search = optarg;
			break;
		case 'S':
			if (!parse_sections(optarg, &o->sections))
				return bad_usage();
			break;
		case 'V':
			return OPTIONS_VERSION;
		case OPT_COLOR:
			if (!parse_colour(optarg, &o->colour)) {
				error_msg("--color: '%s' is not auto, always or never",
					  error_quote(optarg, q, sizeof(q)));
				return bad_usage();
			}
			break;
		case OPT_COMPARE:
			o->compare = true;
			break;
		case OPT_GUIDE:
			o->guide = true;
			break;
		case OPT_LANG:
			if (!query_parse_ecosystem(optarg, &o->lang)) {
				error_msg("--lang: '%s' is not a language (see --help)",
					  error_quote(optarg, q, sizeof(q)));
				return bad_usage();
			}
			break;
		case OPT_NO_COLOR:
			o->colour = COLOUR_NEVER;
			break;
		case OPT_NO_PAGER:
			o->no_pager = true;
			break;
		case OPT_OFFICIAL:
			o->filter = FILTER_OFFICIAL;
			break;
		case OPT_UNOFFICIAL:
			o->filter = FILTER_UNOFFICIAL;
			break;
		default:
			return bad_option(c, argv[optind - 1]);
		}
	}
	o->first_arg = optind;
	if (o->guide && argc - optind > 1) {
		error_msg("--guide: give one topic at most, such as httpref --guide auth");
		return bad_usage();
	}
	if (o->guide && o->compare) {
		error_msg("--guide and --compare: choose one");
		return bad_usage();
	}
	if (o->compare && argc - optind < 2) {
		error_msg("--compare: give two or more codes, such as "
			  "httpref --compare 401 403");
		return bad_usage();
	}
	if (optind == argc && !o->list && !o->has_class && o->search == NULL &&
	    !o->guide) {
		error_text(usage_text);
		return bad_usage();
	}
	return OPTIONS_RUN;
}
