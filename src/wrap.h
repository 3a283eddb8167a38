/* Word wrapping to a terminal width. */
#ifndef WRAP_H
#define WRAP_H

#include <stddef.h>

#include "out.h"

/* Columns a UTF-8 string takes: one per code point. */
size_t wrap_columns(const char *s, size_t n);

/* Writes text, whose words are separated by single spaces (as the
 * generator stores all prose), breaking lines so that none passes width
 * columns; a longer word stands alone on its line.  The cursor is at
 * column col when called; continuation lines start with hang spaces.
 * Ends with a newline. */
void wrap_text(struct out *out, const char *text, size_t col, size_t hang, size_t width);

#endif
