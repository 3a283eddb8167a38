/* Colour by meaning: the only place that knows escape sequences. */
#ifndef STYLE_H
#define STYLE_H

#include <stdbool.h>

enum style {
	STYLE_TITLE,   /* the code and name heading a record */
	STYLE_HEADING, /* "Common causes", ... */
	STYLE_MUTED,   /* class, status and source */
	STYLE_CLASS,   /* a code, in the colour of its class */
};

/* The sequence that starts a style for the given code (used by
 * STYLE_CLASS and STYLE_TITLE); "" when colour is off. */
const char *style_on(enum style style, unsigned code, bool colour);
const char *style_off(bool colour);

#endif
