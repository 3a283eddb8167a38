/* Error reporting for the generator: file:line: message, counted, so
 * that every problem is shown before the build stops. */
#include <stdarg.h>
#include <stdio.h>

#include "gen.h"

static unsigned errors;

void gen_verror(const char *path, int line, const char *fmt, va_list ap)
{
	if (line > 0)
		fprintf(stderr, "%s:%d: ", path, line);
	else
		fprintf(stderr, "%s: ", path);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	errors++;
}

void gen_error(const char *path, int line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	gen_verror(path, line, fmt, ap);
	va_end(ap);
}

unsigned gen_error_count(void)
{
	return errors;
}
