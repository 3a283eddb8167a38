/* httpref: explain HTTP status codes from a table built into the binary. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "error.h"
#include "json.h"
#include "options.h"
#include "query.h"
#include "render.h"

#define DEFAULT_WIDTH 80
#define MIN_WIDTH 20
#define MAX_WIDTH 1000

struct output {
	FILE *out;
	bool json;
	bool started;     /* something was written */
	bool last_detail; /* the last thing written was a detail view */
	struct render_opts render;
};

static void show(struct output *o, const struct httpref_record *rec, bool detail)
{
	if (o->json) {
		json_record(o->out, rec, !o->started);
	} else {
		if (o->started && (detail || o->last_detail))
			fputc('\n', o->out);
		if (detail)
			render_detail(o->out, rec, &o->render);
		else
			render_line(o->out, rec, &o->render);
	}
	o->started = true;
	o->last_detail = detail;
}

/* Lists every record the query matches; false when there is none. */
static bool show_matches(struct output *o, const struct query *q, bool detail)
{
	bool any = false;
	size_t i;

	for (i = 0; i < httpref_record_count; i++) {
		if (query_matches(q, &httpref_records[i])) {
			show(o, &httpref_records[i], detail);
			any = true;
		}
	}
	return any;
}

static int not_a_code(unsigned code)
{
	const char *cls = httpref_class_name(code);

	if (code >= 100 && cls != NULL)
		error_msg("%03u: no such status code (in the %uxx range, %s)",
			  code, code / 100, cls);
	else
		error_msg("%03u: no such status code (classes run from 1xx to 5xx)", code);
	return EXIT_NOT_FOUND;
}

/* A name shows in full when it is exact ("found" is 302, not also 404)
 * or when it is the only match; otherwise it lists. */
static int run_name(struct output *o, const struct query *q, const char *arg)
{
	char buf[QUOTE_SIZE];
	size_t i, matches = 0, exact = 0;

	for (i = 0; i < httpref_record_count; i++) {
		matches += query_matches(q, &httpref_records[i]);
		exact += query_exact_name(q, &httpref_records[i]);
	}
	if (matches == 0) {
		error_msg("'%s': no status code has that name",
			  error_quote(arg, buf, sizeof(buf)));
		return EXIT_NOT_FOUND;
	}
	for (i = 0; i < httpref_record_count; i++) {
		if (exact > 0 ? query_exact_name(q, &httpref_records[i])
			      : query_matches(q, &httpref_records[i]))
			show(o, &httpref_records[i], exact > 0 || matches == 1);
	}
	return EXIT_FOUND;
}

static int run_arg(struct output *o, const char *arg)
{
	char buf[QUOTE_SIZE];
	struct query q;
	const struct httpref_record *first;
	size_t i, n;

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
		n = httpref_find(q.code, &first);
		if (n == 0)
			return not_a_code(q.code);
		for (i = 0; i < n; i++)
			show(o, &first[i], true);
		return EXIT_FOUND;
	case QUERY_MASK:
		if (show_matches(o, &q, false))
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

/* COLUMNS when it holds a sane number, else the terminal's width, else 80. */
static size_t output_width(bool tty)
{
	const char *env = getenv("COLUMNS");
	struct winsize ws;
	size_t width = 0;
	char *end;
	long n;

	if (env != NULL && env[0] != '\0') {
		errno = 0;
		n = strtol(env, &end, 10);
		if (errno == 0 && *end == '\0' && n > 0 && n <= MAX_WIDTH)
			width = (size_t)n;
	}
	if (width == 0 && tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0)
		width = ws.ws_col;
	if (width == 0 || width > MAX_WIDTH)
		width = DEFAULT_WIDTH;
	return width < MIN_WIDTH ? MIN_WIDTH : width;
}

/* Success is only reported once the output has really been written.  A
 * reader that closed the pipe early is not an error worth a message. */
static int finish(int status)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return status;
	if (errno != EPIPE)
		error_msg("write error: %s", strerror(errno));
	return EXIT_OUTPUT;
}

int main(int argc, char *argv[])
{
	struct options opts;
	struct output o = { .out = stdout };
	bool tty = isatty(STDOUT_FILENO);
	int status = EXIT_FOUND, s, i;

	switch (options_parse(argc, argv, &opts)) {
	case OPTIONS_DONE:
		return finish(EXIT_FOUND);
	case OPTIONS_USAGE:
		return EXIT_USAGE;
	case OPTIONS_RUN:
		break;
	}
	o.json = opts.json;
	o.render.colour = use_colour(opts.colour, tty);
	o.render.width = output_width(tty);
	o.render.clip = tty;
	if (o.json)
		json_begin(o.out);
	if (opts.list)
		for (size_t r = 0; r < httpref_record_count; r++)
			show(&o, &httpref_records[r], false);
	if (opts.has_class)
		show_matches(&o, &opts.class_query, false);
	for (i = opts.first_arg; i < argc; i++) {
		s = run_arg(&o, argv[i]);
		if (s > status)
			status = s;
	}
	if (o.json)
		json_end(o.out);
	return finish(status);
}
