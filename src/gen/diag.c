/* Error reporting for the generator (file:line: message, counted, so
 * that every problem is shown before the build stops), and reading a
 * file whose problems are reported so. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "gen.h"

static unsigned errors;
static FILE *diag_stream;

void gen_diag_to(FILE *stream)
{
	diag_stream = stream;
}

void gen_verror(const char *path, int line, const char *fmt, va_list ap)
{
	FILE *out = diag_stream != NULL ? diag_stream : stderr;

	if (line > 0)
		fprintf(out, "%s:%d: ", path, line);
	else
		fprintf(out, "%s: ", path);
	vfprintf(out, fmt, ap);
	fputc('\n', out);
	errors++;
}

void gen_error(const char *path, int line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	gen_verror(path, line, fmt, ap);
	va_end(ap);
}

size_t gen_read_file(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "rb");
	size_t n;

	if (f == NULL) {
		gen_error(path, 0, "cannot open: %s", strerror(errno));
		return (size_t)-1;
	}
	n = fread(buf, 1, size, f);
	if (ferror(f)) {
		gen_error(path, 0, "read error");
		n = (size_t)-1;
	}
	fclose(f);
	return n;
}

unsigned gen_error_count(void)
{
	return errors;
}
