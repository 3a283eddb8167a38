/* The text views of a record: the full detail and the one-line form. */
#ifndef RENDER_H
#define RENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "httpref.h"

struct render_opts {
	size_t width;  /* wrap prose to this many columns */
	bool colour;   /* emit escape sequences */
	bool clip;     /* cut one-line summaries to the width */
};

void render_detail(FILE *out, const struct httpref_record *rec,
		   const struct render_opts *opts);
void render_line(FILE *out, const struct httpref_record *rec,
		 const struct render_opts *opts);

#endif
