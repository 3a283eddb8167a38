/* Word wrapping.  Widths count code points, which is right for the
 * Latin text of data/; no record uses wide or combining characters. */
#include <string.h>

#include "wrap.h"

size_t wrap_columns(const char *s, size_t n)
{
	size_t i, cols = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			cols++;
	return cols;
}

static void indent(FILE *out, size_t n)
{
	while (n-- > 0)
		fputc(' ', out);
}

void wrap_text(FILE *out, const char *text, size_t col, size_t hang, size_t width)
{
	size_t len, cols;
	int words = 0;

	for (;;) {
		text += strspn(text, " ");
		if (*text == '\0')
			break;
		len = strcspn(text, " ");
		cols = wrap_columns(text, len);
		if (words > 0 && col + 1 + cols > width) {
			fputc('\n', out);
			indent(out, hang);
			col = hang;
			words = 0;
		}
		if (words > 0) {
			fputc(' ', out);
			col++;
		}
		fwrite(text, 1, len, out);
		col += cols;
		words++;
		text += len;
	}
	fputc('\n', out);
}
