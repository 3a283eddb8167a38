/* open_memstream keeps the tests free of temporary files. */
#include <stdlib.h>

#include "capture.h"

struct out *capture_open(struct capture *c)
{
	c->text = NULL;
	c->size = 0;
	c->file = open_memstream(&c->text, &c->size);
	if (c->file == NULL)
		abort();
	out_init_file(&c->out, c->file);
	return &c->out;
}

const char *capture_text(struct capture *c)
{
	out_flush(&c->out);
	if (fclose(c->file) != 0)
		abort();
	c->file = NULL;
	return c->text;
}

void capture_free(struct capture *c)
{
	free(c->text);
	c->text = NULL;
}

size_t widest_line(const char *s)
{
	size_t widest = 0, cols = 0;

	for (; *s != '\0'; s++) {
		if (*s == '\n') {
			cols = 0;
			continue;
		}
		if (((unsigned char)*s & 0xc0) != 0x80)
			cols++;
		if (cols > widest)
			widest = cols;
	}
	return widest;
}
