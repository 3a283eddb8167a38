/* The decision guide (data/guide.txt): questions whose answers lead to
 * other questions or to codes.  Read strictly, every problem reported as
 * file:line, then checked as a whole: every target exists, every
 * question is reachable from start, and no path comes back on itself. */
#include <string.h>

#include "gen.h"

/* All the guide's text, NUL-separated; it is small. */
static char text[GEN_MAX_FILE];
static size_t text_used;

static const char *keep(const char *s, size_t n)
{
	const char *at = &text[text_used];

	if (n >= sizeof(text) - text_used)
		return NULL;
	memcpy(&text[text_used], s, n);
	text_used += n;
	text[text_used++] = '\0';
	return at;
}

static bool is_id(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n >= GEN_GUIDE_ID)
		return false;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
		      (s[i] == '-' && i > 0 && i + 1 < n)))
			return false;
	return true;
}

struct reader {
	const char *path;
	struct gen_guide *guide;
	struct gen_node *node; /* the node now open, or NULL */
};

static void set_id(char *dst, const char *s, size_t n)
{
	memcpy(dst, s, n);
	dst[n] = '\0';
}

static void node_line(struct reader *r, int line, const char *v, size_t n)
{
	struct gen_guide *g = r->guide;

	if (!is_id(v, n)) {
		gen_error(r->path, line, "node: '%.*s' is not an id (lowercase letters, "
			  "digits and inner hyphens, under %d bytes)", (int)(n < 40 ? n : 40),
			  v, GEN_GUIDE_ID);
		r->node = NULL;
		return;
	}
	if (g->count == GEN_MAX_NODES) {
		gen_error(r->path, line, "more than %d nodes", GEN_MAX_NODES);
		r->node = NULL;
		return;
	}
	r->node = &g->nodes[g->count++];
	memset(r->node, 0, sizeof(*r->node));
	set_id(r->node->id, v, n);
	r->node->line = line;
}

/* "- What the situation is -> 413" or "-> another-node" or "-> 499 nginx". */
static void answer_line(struct reader *r, int line, const char *s, size_t n)
{
	struct gen_answer *a;
	const char *arrow = NULL, *t;
	size_t i, tn;

	if (r->node == NULL) {
		gen_error(r->path, line, "an answer outside a node");
		return;
	}
	for (i = 0; i + 4 <= n; i++)
		if (memcmp(s + i, " -> ", 4) == 0)
			arrow = s + i;
	if (n < 3 || s[1] != ' ' || arrow == NULL || arrow <= s + 2 ||
	    arrow + 4 >= s + n) {
		gen_error(r->path, line, "an answer is '- text -> next-node' or "
			  "'- text -> CODE'");
		return;
	}
	if (r->node->count == GEN_MAX_ANSWERS) {
		gen_error(r->path, line, "%s: more than %d answers", r->node->id,
			  GEN_MAX_ANSWERS);
		return;
	}
	a = &r->node->answers[r->node->count];
	memset(a, 0, sizeof(*a));
	a->line = line;
	a->text = keep(s + 2, (size_t)(arrow - s - 2));
	t = arrow + 4;
	tn = (size_t)(s + n - t);
	if (tn >= 3 && t[0] >= '0' && t[0] <= '5' && t[1] >= '0' && t[1] <= '9' &&
	    t[2] >= '0' && t[2] <= '9' && (tn == 3 || t[3] == ' ')) {
		a->code = httpref_code_value(t);
		a->is_code = true;
		if (tn > 4)
			a->source = keep(t + 4, tn - 4);
	} else if (is_id(t, tn)) {
		set_id(a->next, t, tn);
	} else {
		gen_error(r->path, line, "'%.*s' is neither a code nor a node id",
			  (int)(tn < 40 ? tn : 40), t);
		return;
	}
	r->node->count++;
}

static void field_line(struct reader *r, int line, const char *s, size_t n)
{
	const char *colon = memchr(s, ':', n);
	size_t k = colon != NULL ? (size_t)(colon - s) : n;
	const char *v = s + k + 2;
	size_t vn = k + 2 <= n ? n - k - 2 : 0;

	if (k == n || k + 1 == n || s[k + 1] != ' ' || vn == 0) {
		gen_error(r->path, line, "expected 'node: id', 'topic: name', "
			  "'ask: question' or '- answer -> next'");
		return;
	}
	if (k == 4 && memcmp(s, "node", 4) == 0) {
		node_line(r, line, v, vn);
		return;
	}
	if (r->node == NULL) {
		gen_error(r->path, line, "'%.*s' outside a node", (int)k, s);
		return;
	}
	if (k == 5 && memcmp(s, "topic", 5) == 0) {
		if (!is_id(v, vn))
			gen_error(r->path, line, "topic: '%.*s' is not a name (lowercase "
				  "letters, digits, hyphens)", (int)(vn < 40 ? vn : 40), v);
		else if (r->node->topic[0] != '\0')
			gen_error(r->path, line, "topic: repeated in node %s", r->node->id);
		else
			set_id(r->node->topic, v, vn);
	} else if (k == 3 && memcmp(s, "ask", 3) == 0) {
		if (r->node->ask != NULL)
			gen_error(r->path, line, "ask: repeated in node %s", r->node->id);
		else
			r->node->ask = keep(v, vn);
	} else {
		gen_error(r->path, line, "unknown field '%.*s'", (int)(k < 24 ? k : 24), s);
	}
}

bool gen_guide_parse_buffer(const char *path, const char *buf, size_t n,
			    struct gen_guide *g)
{
	struct reader r = { path, g, NULL };
	unsigned before = gen_error_count();
	size_t start = 0, end, len, i;
	int line = 0;

	memset(g, 0, sizeof(*g));
	g->path = path;
	text_used = 0;
	while (start < n) {
		const char *nl = memchr(buf + start, '\n', n - start);

		end = nl ? (size_t)(nl - buf) : n;
		len = end - start;
		line++;
		if (len > GEN_MAX_LINE) {
			gen_error(path, line, "line longer than %d bytes", GEN_MAX_LINE);
		} else if (len > 0 && buf[start] != '#') {
			for (i = 0; i < len && (unsigned char)buf[start + i] >= 0x20 &&
			     buf[start + i] != 0x7f; i++)
				;
			if (i < len)
				gen_error(path, line, "control character 0x%02x",
					  (unsigned char)buf[start + i]);
			else if (buf[start + len - 1] == ' ')
				gen_error(path, line, "trailing white space");
			else if (buf[start] == '-')
				answer_line(&r, line, buf + start, len);
			else
				field_line(&r, line, buf + start, len);
		}
		start = end + 1;
	}
	return gen_error_count() == before;
}

bool gen_guide_parse(const char *path, struct gen_guide *g)
{
	static char buf[GEN_MAX_FILE + 1];
	size_t n = gen_read_file(path, buf, sizeof(buf));

	memset(g, 0, sizeof(*g));
	if (n == (size_t)-1)
		return false;
	if (n > GEN_MAX_FILE) {
		gen_error(path, 0, "larger than %d bytes", GEN_MAX_FILE);
		return false;
	}
	return gen_guide_parse_buffer(path, buf, n, g);
}

static int find_node(const struct gen_guide *g, const char *id)
{
	size_t i;

	for (i = 0; i < g->count; i++)
		if (strcmp(g->nodes[i].id, id) == 0)
			return (int)i;
	return -1;
}

/* Depth-first from start: marks what is reachable and reports a path
 * that comes back to a node it is still inside. */
static void walk(struct gen_guide *g, int node, unsigned char *state)
{
	size_t i;

	state[node] = 1; /* on the current path */
	for (i = 0; i < g->nodes[node].count; i++) {
		int next = g->nodes[node].answers[i].node;

		if (next < 0)
			continue;
		if (state[next] == 1)
			gen_error(g->path, g->nodes[node].answers[i].line,
				  "%s leads back to %s: the guide would go round in circles",
				  g->nodes[node].id, g->nodes[next].id);
		else if (state[next] == 0)
			walk(g, next, state);
	}
	state[node] = 2; /* done */
}

void gen_guide_check(struct gen_guide *g, const struct gen_record *recs, size_t count)
{
	unsigned char state[GEN_MAX_NODES] = { 0 };
	const struct gen_record *rec;
	size_t i, j, k;

	for (i = 0; i < g->count; i++) {
		struct gen_node *node = &g->nodes[i];

		if (find_node(g, node->id) != (int)i)
			gen_error(g->path, node->line, "node %s: defined twice", node->id);
		if (node->ask == NULL)
			gen_error(g->path, node->line, "node %s: no question (ask:)", node->id);
		if (node->count < 2)
			gen_error(g->path, node->line, "node %s: a question needs two "
				  "answers or more", node->id);
		for (k = 0; k < i; k++)
			if (node->topic[0] != '\0' && strcmp(g->nodes[k].topic, node->topic) == 0)
				gen_error(g->path, node->line, "topic %s: also node %s's",
					  node->topic, g->nodes[k].id);
		for (j = 0; j < node->count; j++) {
			struct gen_answer *a = &node->answers[j];

			a->node = -1;
			a->row = 0;
			if (!a->is_code) {
				a->node = find_node(g, a->next);
				if (a->node < 0)
					gen_error(g->path, a->line, "no node %s", a->next);
				continue;
			}
			rec = gen_find_meaning(recs, count, a->code, a->source);
			if (rec == NULL)
				gen_error(g->path, a->line, "%03u%s%s has no record", a->code,
					  a->source ? " " : "", a->source ? a->source : "");
			else
				a->row = (size_t)(rec - recs);
		}
	}
	if (gen_error_count() > 0)
		return;
	if (find_node(g, "start") != 0) {
		gen_error(g->path, g->count > 0 ? g->nodes[0].line : 1,
			  "the first node must be start");
		return;
	}
	walk(g, 0, state);
	for (i = 0; i < g->count; i++)
		if (state[i] == 0)
			gen_error(g->path, g->nodes[i].line,
				  "node %s: no answer leads to it", g->nodes[i].id);
}
