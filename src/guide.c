/* The decision guide the generator checked (data/guide.txt): printed as
 * an outline for pipes and grep, or asked one question at a time on a
 * terminal.  Answers are read with read(2) into a fixed buffer. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "guide.h"
#include "httpref_table.h"
#include "json.h"
#include "style.h"
#include "wrap.h"

/* Deeper than any path the guide has: the generator refuses cycles and
 * has at most 64 nodes. */
#define GUIDE_DEPTH 64
/* An answer is a number, b or q: anything longer is not one. */
#define ANSWER_MAX 32

static const char *str(uint32_t offset)
{
	return &httpref_text[offset];
}

int guide_topic(const char *name)
{
	size_t i;

	if (name == NULL)
		return httpref_guide_count > 0 ? 0 : -1;
	for (i = 0; i < httpref_guide_count; i++)
		if (httpref_guide_nodes[i].topic != 0 &&
		    strcmp(str(httpref_guide_nodes[i].topic), name) == 0)
			return (int)i;
	return -1;
}

void guide_topics(char *buf, size_t size)
{
	size_t i, used = 0, n;

	buf[0] = '\0';
	for (i = 0; i < httpref_guide_count; i++) {
		if (httpref_guide_nodes[i].topic == 0)
			continue;
		n = strlen(str(httpref_guide_nodes[i].topic));
		if (used + n + 2 > size)
			break;
		if (used > 0)
			buf[used++] = ' ';
		memcpy(buf + used, str(httpref_guide_nodes[i].topic), n + 1);
		used += n;
	}
}

static void put_code(struct out *out, size_t row, const struct render_opts *o)
{
	char digits[4];
	unsigned code = httpref_code_at(row);

	out_str(out, style_on(STYLE_CLASS, code, o->colour));
	out_write(out, httpref_code_text(code, digits), 3);
	out_str(out, style_off(o->colour));
	out_char(out, ' ');
	out_str(out, httpref_name_at(row));
}

/* One line an answer, whatever the width, so grep finds the answer and
 * its code together. */
static void outline(struct out *out, int node, size_t depth, const struct render_opts *o)
{
	const struct httpref_guide_node *n = &httpref_guide_nodes[node];
	size_t i;

	out_spaces(out, depth * 2);
	out_str(out, style_on(STYLE_HEADING, 0, o->colour));
	out_str(out, str(n->ask));
	out_str(out, style_off(o->colour));
	out_char(out, '\n');
	for (i = 0; i < n->count; i++) {
		const struct httpref_guide_answer *a = &httpref_guide_answers[n->first + i];

		out_spaces(out, depth * 2);
		out_write(out, "- ", 2);
		out_str(out, str(a->text));
		if (a->next == HTTPREF_GUIDE_LEAF) {
			out_write(out, " -> ", 4);
			put_code(out, a->row, o);
			out_char(out, '\n');
		} else {
			out_char(out, '\n');
			if (depth + 1 < GUIDE_DEPTH)
				outline(out, a->next, depth + 1, o);
		}
	}
}

void guide_outline(struct out *out, int node, const struct render_opts *o)
{
	outline(out, node, 0, o);
}

static void json_node(struct out *out, int node, bool first)
{
	const struct httpref_guide_node *n = &httpref_guide_nodes[node];
	char digits[4];
	size_t i;

	out_str(out, first ? "\n  {\"id\": " : ",\n  {\"id\": ");
	json_string(out, str(n->id));
	out_str(out, ", \"topic\": ");
	json_string(out, n->topic != 0 ? str(n->topic) : NULL);
	out_str(out, ", \"question\": ");
	json_string(out, str(n->ask));
	out_str(out, ",\n   \"answers\": [");
	for (i = 0; i < n->count; i++) {
		const struct httpref_guide_answer *a = &httpref_guide_answers[n->first + i];

		out_str(out, i > 0 ? ",\n     {\"answer\": " : "\n     {\"answer\": ");
		json_string(out, str(a->text));
		if (a->next == HTTPREF_GUIDE_LEAF) {
			out_str(out, ", \"code\": ");
			out_str(out, httpref_code_text(httpref_code_at(a->row), digits));
			out_str(out, ", \"name\": ");
			json_string(out, httpref_name_at(a->row));
		} else {
			out_str(out, ", \"next\": ");
			json_string(out, str(httpref_guide_nodes[a->next].id));
		}
		out_char(out, '}');
	}
	out_str(out, "]}");
}

/* Every node below node once, in the order a walk meets them. */
static void collect(int node, bool *seen)
{
	const struct httpref_guide_node *n = &httpref_guide_nodes[node];
	size_t i;

	seen[node] = true;
	for (i = 0; i < n->count; i++) {
		uint16_t next = httpref_guide_answers[n->first + i].next;

		if (next != HTTPREF_GUIDE_LEAF && !seen[next])
			collect(next, seen);
	}
}

void guide_json(struct out *out, int node)
{
	static bool seen[HTTPREF_GUIDE_LEAF];
	size_t i;
	bool first = true;

	memset(seen, 0, httpref_guide_count * sizeof(seen[0]));
	collect(node, seen);
	out_char(out, '[');
	for (i = 0; i < httpref_guide_count; i++) {
		if (seen[i]) {
			json_node(out, (int)i, first);
			first = false;
		}
	}
	out_str(out, "\n]\n");
}

static void ask(struct out *out, int node, bool can_go_back, const struct render_opts *o)
{
	const struct httpref_guide_node *n = &httpref_guide_nodes[node];
	char num[8];
	size_t i;

	out_char(out, '\n');
	out_str(out, style_on(STYLE_HEADING, 0, o->colour));
	out_str(out, str(n->ask));
	out_str(out, style_off(o->colour));
	out_char(out, '\n');
	for (i = 0; i < n->count; i++) {
		snprintf(num, sizeof(num), "%3zu  ", i + 1);
		out_str(out, num);
		wrap_text(out, str(httpref_guide_answers[n->first + i].text), 5, 5, o->width);
	}
	snprintf(num, sizeof(num), "%u", n->count);
	out_str(out, "Answer 1-");
	out_str(out, num);
	out_str(out, can_go_back ? ", b to go back, q to quit: " : ", q to quit: ");
	out_flush(out);
}

/* Reads one line into buf; 0 at the end of input, -1 on an error.  A
 * line too long for buf is read to its end and comes back as "?". */
static int read_answer(int fd, char *buf, size_t size)
{
	size_t used = 0;
	bool too_long = false;
	ssize_t got;
	char c;

	for (;;) {
		got = read(fd, &c, 1);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			return -1;
		if (got == 0)
			return used > 0 || too_long ? 1 : 0;
		if (c == '\n')
			break;
		if (used + 1 < size)
			buf[used++] = c;
		else
			too_long = true;
	}
	buf[used] = '\0';
	if (too_long)
		strcpy(buf, "?");
	return 1;
}

/* The number in s, from 1 to max, or 0. */
static unsigned parse_choice(const char *s, unsigned max)
{
	unsigned n = 0;

	while (*s == ' ')
		s++;
	if (*s < '1' || *s > '9')
		return 0;
	for (; *s >= '0' && *s <= '9'; s++) {
		n = n * 10 + (unsigned)(*s - '0');
		if (n > max)
			return 0;
	}
	while (*s == ' ' || *s == '\r')
		s++;
	return *s == '\0' ? n : 0;
}

/* Where the walk ended: the code, its summary, what it was weighed
 * against, and how to read more. */
static void conclude(struct out *out, int node, size_t choice, const struct render_opts *o)
{
	const struct httpref_guide_node *n = &httpref_guide_nodes[node];
	const struct httpref_guide_answer *a = &httpref_guide_answers[n->first + choice];
	struct httpref_record rec;
	char digits[4];
	size_t i, others = 0;

	httpref_get(a->row, &rec);
	out_write(out, "\n=> ", 4);
	put_code(out, a->row, o);
	out_write(out, "\n   ", 4);
	wrap_text(out, rec.summary, 3, 3, o->width);
	for (i = 0; i < n->count; i++) {
		const struct httpref_guide_answer *b = &httpref_guide_answers[n->first + i];

		if (b->next != HTTPREF_GUIDE_LEAF || i == choice ||
		    httpref_code_at(b->row) == rec.code)
			continue;
		out_str(out, others++ == 0 ? "   Weighed against: " : ", ");
		put_code(out, b->row, o);
	}
	if (others > 0)
		out_char(out, '\n');
	out_str(out, "   More: httpref ");
	out_str(out, httpref_code_text(rec.code, digits));
	out_str(out, "; compare: httpref --compare ");
	out_str(out, digits);
	for (i = 0; i < n->count && others > 0; i++) {
		const struct httpref_guide_answer *b = &httpref_guide_answers[n->first + i];

		if (b->next == HTTPREF_GUIDE_LEAF && httpref_code_at(b->row) != rec.code) {
			out_char(out, ' ');
			out_str(out, httpref_code_text(httpref_code_at(b->row), digits));
		}
	}
	out_char(out, '\n');
}

int guide_ask(struct out *out, int fd, int node, const struct render_opts *o)
{
	int path[GUIDE_DEPTH];
	char line[ANSWER_MAX], q[QUOTE_SIZE];
	size_t depth = 0;
	unsigned choice;
	int got;

	path[0] = node;
	for (;;) {
		const struct httpref_guide_node *n = &httpref_guide_nodes[path[depth]];

		ask(out, path[depth], depth > 0, o);
		got = read_answer(fd, line, sizeof(line));
		if (got <= 0) {
			out_char(out, '\n');
			out_flush(out);
			if (got < 0)
				error_msg("--guide: read error: %s", strerror(errno));
			else
				error_msg("--guide: the input ended before an answer");
			return EXIT_NOT_FOUND;
		}
		if (strcmp(line, "q") == 0)
			return EXIT_FOUND;
		if (strcmp(line, "b") == 0 && depth > 0) {
			depth--;
			continue;
		}
		choice = parse_choice(line, n->count);
		if (choice == 0) {
			out_flush(out);
			error_msg("--guide: '%s': answer with a number from 1 to %u%s",
				  error_quote(line, q, sizeof(q)), (unsigned)n->count,
				  depth > 0 ? ", b or q" : " or q");
			continue;
		}
		if (httpref_guide_answers[n->first + choice - 1].next == HTTPREF_GUIDE_LEAF) {
			conclude(out, path[depth], choice - 1, o);
			return EXIT_FOUND;
		}
		if (depth + 1 < GUIDE_DEPTH)
			path[++depth] = httpref_guide_answers[n->first + choice - 1].next;
	}
}
