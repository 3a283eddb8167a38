/* httpref: explain HTTP status codes from a table built into the binary. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "compare.h"
#include "error.h"
#include "explain.h"
#include "guide.h"
#include "input.h"
#include "json.h"
#include "options.h"
#include "pager.h"
#include "query.h"
#include "render.h"
#include "search.h"
#include "suggest.h"

#define DEFAULT_WIDTH 80
#define MIN_WIDTH 20
#define MAX_WIDTH 1000
#define DEFAULT_ROWS 24
#define MAX_ROWS 1000

struct output {
	struct out out;
	bool paged;       /* held for the pager: see pager.h */
	bool json;
	bool brief;
	enum filter filter;
	bool started;     /* something was written */
	bool last_detail; /* the last thing written was a detail view */
	struct render_opts render;
};

/* Record number index, in full or on one line.  JSON and the line are
 * copied as the generator wrote them; only the full view needs the
 * record's fields. */
static void show(struct output *o, size_t index, bool detail)
{
	detail = detail && !o->brief;
	if (o->json) {
		json_record(&o->out, index, !o->started);
	} else {
		if (o->started && (detail || o->last_detail))
			out_char(&o->out, '\n');
		if (detail)
			render_detail_at(&o->out, index, &o->render);
		else
			render_line(&o->out, index, &o->render);
	}
	o->started = true;
	o->last_detail = detail;
}

/* --official and --unofficial narrow lists; a code asked for by number
 * is always shown. */
static bool listed(const struct output *o, enum httpref_status status)
{
	switch (o->filter) {
	case FILTER_OFFICIAL:
		return status != STATUS_UNOFFICIAL;
	case FILTER_UNOFFICIAL:
		return status == STATUS_UNOFFICIAL;
	case FILTER_ALL:
		break;
	}
	return true;
}

/* Does the query match record number index?  A code or a mask needs
 * only the code, not the whole record. */
static bool row_matches(const struct query *q, size_t index)
{
	struct httpref_record rec;

	if (q->kind != QUERY_NAME)
		return query_matches_code(q, httpref_code_at(index));
	httpref_get(index, &rec);
	return query_matches(q, &rec);
}

/* Lists every record the query matches; false when there is none. */
static bool show_matches(struct output *o, const struct query *q)
{
	bool any = false;
	size_t i;

	for (i = 0; i < httpref_record_count; i++) {
		if (row_matches(q, i) && listed(o, httpref_status_at(i))) {
			show(o, i, false);
			any = true;
		}
	}
	return any;
}

/* "404 Not Found, 444 No Response" into buf, bounded by its size. */
static const char *name_codes(const size_t *records, size_t n, char *buf, size_t size)
{
	size_t used = 0, i;

	buf[0] = '\0';
	for (i = 0; i < n && used < size; i++)
		used += (size_t)snprintf(buf + used, size - used, "%s%03u %s",
					 i > 0 ? ", " : "", httpref_code_at(records[i]),
					 httpref_name_at(records[i]));
	return buf;
}

static int code_not_found(unsigned code)
{
	size_t near[2];
	const char *meaning = suggest_class_meaning(code);
	char names[256];
	size_t n;

	if (meaning == NULL) {
		error_msg("%03u: not a status code (classes run from 1xx to 5xx)", code);
		return EXIT_NOT_FOUND;
	}
	n = suggest_nearest(code, near);
	error_msg("%03u: unassigned code in the %uxx range (%s: %s)%s%s", code,
		  code / 100, httpref_class_name(code), meaning,
		  n > 0 ? "; nearest: " : "", name_codes(near, n, names, sizeof(names)));
	return EXIT_NOT_FOUND;
}

static int nothing_matches(const char *arg)
{
	size_t maybe[SUGGEST_MAX];
	char buf[QUOTE_SIZE], names[512];
	size_t n = suggest(arg, maybe, LEN(maybe));
	const char *what = suggest_is_number(arg) ?
		"not a status code (a code has three digits)" : "no such code or name";

	if (n > 0)
		error_msg("'%s': %s; did you mean %s?", error_quote(arg, buf, sizeof(buf)),
			  what, name_codes(maybe, n, names, sizeof(names)));
	else if (suggest_is_number(arg))
		error_msg("'%s': %s", error_quote(arg, buf, sizeof(buf)), what);
	else
		error_msg("'%s': no status code has that name",
			  error_quote(arg, buf, sizeof(buf)));
	return EXIT_NOT_FOUND;
}

static int run_code(struct output *o, unsigned code)
{
	size_t i, first, n = httpref_find(code, &first);

	if (n == 0)
		return code_not_found(code);
	for (i = 0; i < n; i++)
		show(o, first + i, true);
	return EXIT_FOUND;
}

/* "Python: HTTPStatus.UNPROCESSABLE_ENTITY is 422 Unprocessable Content,
 * an older name (...); the current one is HTTPStatus.UNPROCESSABLE_CONTENT". */
static void say_constant(struct output *o, size_t index)
{
	struct httpref_record rec;
	struct httpref_constant c;
	const char *now = NULL;
	char code[4];
	size_t i, row = httpref_constant_at(index, &c);

	httpref_get(row, &rec);
	for (i = 0; i < rec.constants.count; i++)
		if (rec.constants.items[i].ecosystem == c.ecosystem &&
		    rec.constants.items[i].current)
			now = rec.constants.items[i].name;
	out_str(&o->out, httpref_ecosystem_label(c.ecosystem));
	out_write(&o->out, ": ", 2);
	out_str(&o->out, c.name);
	out_write(&o->out, " is ", 4);
	out_str(&o->out, httpref_code_text(rec.code, code));
	out_char(&o->out, ' ');
	out_str(&o->out, rec.name);
	if (c.note != NULL) {
		out_write(&o->out, " (", 2);
		out_str(&o->out, c.note);
		out_char(&o->out, ')');
	}
	if (!c.current && now != NULL) {
		out_str(&o->out, "; the current name is ");
		out_str(&o->out, now);
	}
	out_char(&o->out, '\n');
}

/* A constant as a library spells it: what it is, then each record it
 * names, once.  False when no constant has that name. */
static bool run_constant(struct output *o, const char *text)
{
	/* Static, not on the stack: main inlines this, and 8 KiB there would
	 * deepen the stack of every run. */
	static size_t found[HTTPREF_MAX_RECORDS], shown[HTTPREF_MAX_RECORDS];
	struct httpref_constant c;
	size_t n = httpref_constant_find(text, found, LEN(found)), nshown = 0, i, j;

	for (i = 0; i < n; i++) {
		size_t row = httpref_constant_at(found[i], &c);

		if (!listed(o, httpref_status_at(row)))
			continue;
		if (!o->json)
			say_constant(o, found[i]);
		for (j = 0; j < nshown && shown[j] != row; j++)
			;
		if (j == nshown)
			shown[nshown++] = row;
	}
	if (nshown == 0)
		return false;
	if (!o->json && !o->brief)
		out_char(&o->out, '\n');
	for (i = 0; i < nshown; i++) {
		show(o, shown[i], true);
		/* The lines above belong to the first record, not a gap. */
		if (i == 0)
			o->last_detail = o->last_detail && nshown > 1;
	}
	return true;
}

/* Under --official or --unofficial, a name that only the other kind of
 * code has is named as such, not given a hint towards itself. */
static int filtered_out(const struct output *o, const struct query *q, const char *arg)
{
	struct httpref_record rec;
	char buf[QUOTE_SIZE], code[4];
	size_t i;

	for (i = 0; i < httpref_record_count; i++) {
		httpref_get(i, &rec);
		if (query_matches(q, &rec)) {
			error_msg("'%s' is %s %s, %s", error_quote(arg, buf, sizeof(buf)),
				  httpref_code_text(rec.code, code), rec.name,
				  o->filter == FILTER_OFFICIAL ? "not registered" :
				  "a registered code");
			return EXIT_NOT_FOUND;
		}
	}
	return nothing_matches(arg);
}

/* A name shows in full when it is exact ("found" is 302, not also 404)
 * or when it is the only match; otherwise it lists. */
static int run_name(struct output *o, const struct query *q, const char *arg)
{
	struct httpref_record rec;
	size_t i, matches = 0, exact = 0;

	for (i = 0; i < httpref_record_count; i++) {
		if (!listed(o, httpref_status_at(i)))
			continue;
		httpref_get(i, &rec);
		matches += query_matches(q, &rec);
		exact += query_exact_name(q, &rec);
	}
	if (exact == 0 && run_constant(o, q->text))
		return EXIT_FOUND;
	if (matches == 0 && o->filter != FILTER_ALL)
		return filtered_out(o, q, arg);
	if (matches == 0)
		return nothing_matches(arg);
	for (i = 0; i < httpref_record_count; i++) {
		if (!listed(o, httpref_status_at(i)))
			continue;
		httpref_get(i, &rec);
		if (exact > 0 ? query_exact_name(q, &rec) : query_matches(q, &rec))
			show(o, i, exact > 0 || matches == 1);
	}
	return EXIT_FOUND;
}

static int run_search(struct output *o, const char *words)
{
	static struct search_hit hits[HTTPREF_MAX_RECORDS];
	char buf[QUOTE_SIZE];
	size_t n, i;
	bool any = false;

	switch (search_run(words, hits, &n)) {
	case SEARCH_EMPTY:
		error_msg("--search: '%s': no word to search for",
			  error_quote(words, buf, sizeof(buf)));
		return EXIT_USAGE;
	case SEARCH_TOO_LONG:
		error_msg("--search: '%s': longer than %d bytes",
			  error_quote(words, buf, sizeof(buf)), QUERY_MAX);
		return EXIT_USAGE;
	case SEARCH_TOO_MANY:
		error_msg("--search: '%s': more than %d words",
			  error_quote(words, buf, sizeof(buf)), SEARCH_MAX_WORDS);
		return EXIT_USAGE;
	case SEARCH_OK:
		break;
	}
	for (i = 0; i < n; i++) {
		if (listed(o, httpref_status_at(hits[i].index))) {
			show(o, hits[i].index, false);
			any = true;
		}
	}
	if (any)
		return EXIT_FOUND;
	error_msg("--search: '%s': no record holds every word",
		  error_quote(words, buf, sizeof(buf)));
	return EXIT_NOT_FOUND;
}

struct stdin_run {
	struct output *o;
	int status;
	time_t now;
	struct explain_chain chain;
	struct explain explain;
};

/* One response read from standard input: what its fields say, then its
 * record, the meaning the fields point to first. */
static void show_response(struct stdin_run *run, const struct input_response *r,
			  size_t first, size_t n)
{
	struct output *o = run->o;
	struct explain *e = &run->explain;
	struct httpref_record rec;
	struct explain_chain before = run->chain;
	size_t pick, i;

	httpref_get(first, &rec);
	explain_response(r, &rec, &run->chain, run->now, e);
	pick = explain_meaning(e, first, n);
	if (pick == n) {
		pick = 0;
	} else if (pick > 0 || n > 1) {
		httpref_get(first + pick, &rec);
		run->chain = before;
		explain_response(r, &rec, &run->chain, run->now, e);
		explain_choose(e, &rec);
	}
	for (i = 0; i < n; i++) {
		size_t row = first + (i == 0 ? pick : i <= pick ? i - 1 : i);

		httpref_get(row, &rec);
		if (o->json) {
			json_record_open(&o->out, row, !o->started);
			if (i == 0)
				explain_json(&o->out, r, e);
			json_record_close(&o->out);
		} else if (o->brief) {
			if (i == 0)
				explain_line(&o->out, &rec, e, &o->render);
			else
				render_line(&o->out, row, &o->render);
		} else {
			if (o->started)
				out_char(&o->out, '\n');
			if (i == 0)
				explain_render(&o->out, e, &o->render);
			render_detail(&o->out, &rec, &o->render);
		}
		o->started = true;
		o->last_detail = !o->brief;
	}
}

static void stdin_response(const struct input_response *r, void *ctx)
{
	struct stdin_run *run = ctx;
	size_t first, n = httpref_find(r->code, &first);
	int s = EXIT_FOUND;

	if (n == 0)
		s = code_not_found(r->code);
	else
		show_response(run, r, first, n);
	/* Keep each answer next to any message about it. */
	out_flush(&run->o->out);
	if (s > run->status)
		run->status = s;
}

static int run_stdin(struct output *o)
{
	static struct stdin_run run;
	long n;

	run.o = o;
	run.status = EXIT_FOUND;
	run.now = time(NULL);
	run.chain.location[0] = '\0';
	run.chain.hops = 0;
	n = input_read_fd(STDIN_FILENO, stdin_response, &run);

	if (n < 0) {
		error_msg("-: read error: %s", strerror(errno));
		return EXIT_NOT_FOUND;
	}
	if (n == 0) {
		error_msg("-: no status line or code in the input");
		return EXIT_NOT_FOUND;
	}
	return run.status;
}

static bool is_mask_arg(const char *arg)
{
	struct query q;

	return query_parse(arg, &q) == QUERY_OK && q.kind == QUERY_MASK;
}

/* --compare: every argument resolved first, so that an unknown one is
 * reported before anything is drawn. */
static int run_compare(struct output *o, int argc, char *argv[], int first)
{
	size_t rows[COMPARE_MAX + HTTPREF_MAX_ITEMS], n = 0, got;
	char buf[QUOTE_SIZE];
	int status = EXIT_FOUND, i;

	for (i = first; i < argc; i++) {
		if (is_mask_arg(argv[i])) {
			error_msg("--compare: '%s' is a mask; name the codes one by one",
				  error_quote(argv[i], buf, sizeof(buf)));
			return EXIT_USAGE;
		}
		got = compare_resolve(argv[i], rows + n, LEN(rows) - n);
		if (got == 0) {
			status = nothing_matches(argv[i]);
			continue;
		}
		n += got;
		if (n > COMPARE_MAX) {
			error_msg("--compare: '%s': more than %d records to compare",
				  error_quote(argv[i], buf, sizeof(buf)), COMPARE_MAX);
			return EXIT_USAGE;
		}
	}
	if (n < 2) {
		if (status == EXIT_FOUND)
			error_msg("--compare: '%s' names one record; compare it with "
				  "another", error_quote(argv[first], buf, sizeof(buf)));
		return EXIT_NOT_FOUND;
	}
	if (o->json)
		compare_json(&o->out, rows, n);
	else
		compare_render(&o->out, rows, n, &o->render);
	return status;
}

/* --guide: asked on a terminal, an outline anywhere else. */
static int run_guide(struct output *o, const char *topic, bool tty)
{
	char buf[QUOTE_SIZE], topics[256];
	int node = guide_topic(topic);

	if (node < 0) {
		guide_topics(topics, sizeof(topics));
		error_msg("--guide: '%s' is not a topic; topics: %s",
			  error_quote(topic != NULL ? topic : "", buf, sizeof(buf)), topics);
		return EXIT_USAGE;
	}
	if (o->json)
		guide_json(&o->out, node);
	else if (tty && !o->brief && isatty(STDIN_FILENO))
		return guide_ask(&o->out, STDIN_FILENO, node, &o->render);
	else
		guide_outline(&o->out, node, &o->render);
	return EXIT_FOUND;
}

static int run_arg(struct output *o, const char *arg)
{
	char buf[QUOTE_SIZE];
	struct query q;

	if (strcmp(arg, "-") == 0)
		return run_stdin(o);
	switch (query_parse(arg, &q)) {
	case QUERY_EMPTY:
		error_msg("'%s': empty query", error_quote(arg, buf, sizeof(buf)));
		return EXIT_USAGE;
	case QUERY_TOO_LONG:
		error_msg("'%s': query longer than %d bytes",
			  error_quote(arg, buf, sizeof(buf)), QUERY_MAX);
		return EXIT_USAGE;
	case QUERY_OK:
		break;
	}
	switch (q.kind) {
	case QUERY_CODE:
		return run_code(o, q.code);
	case QUERY_MASK:
		if (show_matches(o, &q))
			return EXIT_FOUND;
		error_msg("%s: no status code matches", q.mask);
		return EXIT_NOT_FOUND;
	case QUERY_NAME:
		return run_name(o, &q, arg);
	}
	return EXIT_NOT_FOUND;
}

/* The flag, then NO_COLOR, then CLICOLOR_FORCE, then TERM=dumb, then
 * whether stdout is a terminal. */
static bool use_colour(enum colour_when when, bool tty)
{
	const char *env;

	if (when != COLOUR_AUTO)
		return when == COLOUR_ALWAYS;
	if ((env = getenv("NO_COLOR")) != NULL && env[0] != '\0')
		return false;
	if ((env = getenv("CLICOLOR_FORCE")) != NULL && env[0] != '\0' &&
	    strcmp(env, "0") != 0)
		return true;
	if ((env = getenv("TERM")) != NULL && strcmp(env, "dumb") == 0)
		return false;
	return tty;
}

/* A number from 1 to max in the environment variable name, else 0. */
static size_t env_size(const char *name, size_t max)
{
	const char *env = getenv(name);
	char *end;
	long n;

	if (env == NULL || env[0] == '\0')
		return 0;
	errno = 0;
	n = strtol(env, &end, 10);
	return errno == 0 && *end == '\0' && n > 0 && (unsigned long)n <= max ? (size_t)n : 0;
}

/* The size of the terminal on standard output; zeros where it is not
 * known. */
static struct winsize terminal_size(bool tty)
{
	struct winsize ws;

	if (!tty || ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0)
		memset(&ws, 0, sizeof(ws));
	return ws;
}

/* COLUMNS when it holds a sane number, else the terminal's width, else 80. */
static size_t output_width(bool tty)
{
	size_t width = env_size("COLUMNS", MAX_WIDTH);

	if (width == 0)
		width = terminal_size(tty).ws_col;
	if (width == 0 || width > MAX_WIDTH)
		width = DEFAULT_WIDTH;
	return width < MIN_WIDTH ? MIN_WIDTH : width;
}

/* LINES when it holds a sane number, else the terminal's height, else 24. */
static size_t screen_rows(bool tty)
{
	size_t rows = env_size("LINES", MAX_ROWS);

	if (rows == 0)
		rows = terminal_size(tty).ws_row;
	return rows == 0 ? DEFAULT_ROWS : rows;
}

/* Standard input is read here, one code a line: when it is a terminal,
 * each answer must show as soon as its code is typed. */
static bool reads_typing(int argc, char *argv[], int first)
{
	int i;

	if (!isatty(STDIN_FILENO))
		return false;
	for (i = first; i < argc; i++)
		if (strcmp(argv[i], "-") == 0)
			return true;
	return false;
}

/* The pager command when the output goes through one: on a terminal,
 * unless turned off, never for JSON, nor while the user is typing. */
static const char *choose_pager(const struct options *opts, int argc, char *argv[],
				bool tty)
{
	if (!tty || opts->no_pager || opts->json)
		return NULL;
	if (opts->guide && !opts->brief && isatty(STDIN_FILENO))
		return NULL;
	if (reads_typing(argc, argv, opts->first_arg))
		return NULL;
	return pager_command();
}

/* Messages for the terminal join the held output, so that on the screen
 * and in the pager they stay next to the answer they follow, as they
 * would unpaged. */
static void divert_error(const char *text, size_t n, void *ctx)
{
	out_write(ctx, text, n);
}

/* The pager's state: static, so that a run without one does not write
 * it, or even touch its page. */
static struct pager pager;

/* From here on the output is held for the pager.  Its height is measured
 * in the terminal's own columns, where long lines fold. */
static void hold_for_pager(struct output *o, const char *command, bool tty)
{
	size_t cols = terminal_size(tty).ws_col;

	o->paged = true;
	pager_hold(&pager, &o->out, command, screen_rows(tty),
		   cols > 0 ? cols : o->render.width);
	if (isatty(STDERR_FILENO))
		error_divert(divert_error, &o->out);
}

/* Success is only reported once the output has really been written.  A
 * reader that closed the pipe early is not an error worth a message. */
static int finish(struct output *o, int status)
{
	bool written = o->paged ? pager_end(&pager, &o->out) : out_flush(&o->out);

	if (o->paged)
		error_divert(NULL, NULL);
	if (written)
		return status;
	if (o->out.error != EPIPE)
		error_msg("write error: %s", strerror(o->out.error));
	return EXIT_OUTPUT;
}

static int worst(int a, int b)
{
	return a > b ? a : b;
}

int main(int argc, char *argv[])
{
	struct output o = { .started = false };
	struct options opts;
	struct query all = { .kind = QUERY_MASK, .mask = "xxx" };
	bool tty = isatty(STDOUT_FILENO);
	const char *command;
	int status = EXIT_FOUND, i;

	out_init_fd(&o.out, STDOUT_FILENO);
	switch (options_parse(argc, argv, &opts)) {
	case OPTIONS_HELP:
		options_help(&o.out);
		return finish(&o, EXIT_FOUND);
	case OPTIONS_VERSION:
		options_version(&o.out);
		return finish(&o, EXIT_FOUND);
	case OPTIONS_USAGE:
		return EXIT_USAGE;
	case OPTIONS_RUN:
		break;
	}
	o.json = opts.json;
	o.brief = opts.brief;
	o.filter = opts.filter;
	o.render.colour = use_colour(opts.colour, tty);
	o.render.width = output_width(tty);
	o.render.clip = tty;
	o.render.sections = opts.sections;
	o.render.has_lang = opts.lang != ECO_COUNT;
	o.render.lang = opts.lang;
	if ((command = choose_pager(&opts, argc, argv, tty)) != NULL)
		hold_for_pager(&o, command, tty);
	if (opts.compare)
		return finish(&o, run_compare(&o, argc, argv, opts.first_arg));
	if (opts.guide)
		return finish(&o, run_guide(&o, opts.first_arg < argc ?
					    argv[opts.first_arg] : NULL, tty));
	if (o.json)
		json_begin(&o.out);
	if (opts.list && !show_matches(&o, &all))
		status = EXIT_NOT_FOUND;
	if (opts.has_class && !show_matches(&o, &opts.class_query))
		status = EXIT_NOT_FOUND;
	if (opts.search != NULL)
		status = worst(status, run_search(&o, opts.search));
	out_flush(&o.out);
	for (i = opts.first_arg; i < argc; i++) {
		status = worst(status, run_arg(&o, argv[i]));
		/* Each argument's answer goes out before the next one's errors. */
		out_flush(&o.out);
	}
	if (o.json)
		json_end(&o.out);
	return finish(&o, status);
}
