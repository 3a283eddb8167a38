/* Word wrapping to a terminal width. */
#ifndef WRAP_H
#define WRAP_H

#include <stddef.h>

#include "out.h"

/* Columns a UTF-8 string takes: one per code point. */
size_t wrap_columns(const char *s, size_t n);

/* Writes text, whose words are separated by single spaces (as the
 * generator stores all prose), breaking lines so that none passes width
 * columns.  A word too long for a line is broken after a character such
 * as '/', '-', '.' or ',' that is followed by another word character, and
 * only where it has none, at the edge.  The cursor is at column col when
 * called; continuation lines start with hang spaces.  Ends with a newline. */
void wrap_text(struct out *out, const char *text, size_t col, size_t hang, size_t width);
/* The same, each line's text between on and off (escape sequences, which
 * take no columns), so that a style does not run over line ends. */
void wrap_styled(struct out *out, const char *text, size_t col, size_t hang, size_t width,
		 const char *on, const char *off);

#endif
