/* --compare: codes side by side on the questions that decide between
 * them. */
#ifndef COMPARE_H
#define COMPARE_H

#include <stddef.h>

#include "out.h"
#include "render.h"

/* At most this many records in one comparison; more are refused. */
#define COMPARE_MAX 8

/* The records an argument names: every meaning of a code, the record of
 * an exact or only name, or of a constant.  Stores up to max record
 * numbers in rows and returns how many there are (0: none). */
size_t compare_resolve(const char *arg, size_t *rows, size_t max);

/* A table when each column gets room enough at o->width, else one
 * question after another with each code's answer on its own lines. */
void compare_render(struct out *out, const size_t *rows, size_t n,
		    const struct render_opts *o);

/* The same answers as a JSON array, one object per record. */
void compare_json(struct out *out, const size_t *rows, size_t n);

#endif
