/* --guide: from the situation to the code, by questions and answers. */
#ifndef GUIDE_H
#define GUIDE_H

#include <stdbool.h>

#include "out.h"
#include "render.h"

/* The node a topic names ("auth"), or -1.  NULL names the start. */
int guide_topic(const char *name);

/* "success redirect auth ...": every topic, for an error message. */
void guide_topics(char *buf, size_t size);

/* The tree below node as an indented outline, each answer on one line
 * and each code answer ending in "-> CODE Name". */
void guide_outline(struct out *out, int node, const struct render_opts *o);

/* The tree below node as JSON: one object per question. */
void guide_json(struct out *out, int node);

/* One question at a time on a terminal: answers are read from fd as
 * numbers, b goes back, q quits.  Returns the exit status: 0 at a code
 * or on q, 1 at the end of input. */
int guide_ask(struct out *out, int fd, int node, const struct render_opts *o);

#endif
