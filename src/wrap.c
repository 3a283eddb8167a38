/* Word wrapping.  Text from data/ is nearly always ASCII, where a byte is
 * a column: lines are broken by looking back from the width for a space,
 * and written a line at a time.  Other text goes word by word, counting
 * code points (no record uses wide or combining characters). */
#include <stdint.h>
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

static bool is_ascii(const char *s, size_t n)
{
	uint64_t word, high = 0;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&word, s + i, 8);
		high |= word;
	}
	for (; i < n; i++)
		high |= (unsigned char)s[i];
	return (high & UINT64_C(0x8080808080808080)) == 0;
}

static size_t skip_spaces(const char *s, size_t i, size_t n)
{
	while (i < n && s[i] == ' ')
		i++;
	return i;
}

static void wrap_words(struct out *out, const char *text, size_t len, size_t col,
		       size_t hang, size_t width)
{
	size_t at = 0, end, cols;
	int words = 0;

	for (;;) {
		at = skip_spaces(text, at, len);
		if (at == len)
			break;
		for (end = at; end < len && text[end] != ' '; end++)
			;
		cols = wrap_columns(text + at, end - at);
		if (words > 0 && col + 1 + cols > width) {
			out_char(out, '\n');
			out_spaces(out, hang);
			col = hang;
			words = 0;
		}
		if (words > 0) {
			out_char(out, ' ');
			col++;
		}
		out_write(out, text + at, end - at);
		col += cols;
		words++;
		at = end;
	}
	out_char(out, '\n');
}

void wrap_text(struct out *out, const char *text, size_t col, size_t hang, size_t width)
{
	size_t len = strlen(text), room, cut, end;

	if (!is_ascii(text, len)) {
		wrap_words(out, text, len, col, hang, width);
		return;
	}
	for (;;) {
		cut = skip_spaces(text, 0, len);
		text += cut;
		len -= cut;
		while (len > 0 && text[len - 1] == ' ')
			len--;
		room = width > col ? width - col : 0;
		if (len <= room) {
			out_write(out, text, len);
			break;
		}
		/* The last space that leaves at most room bytes before it; if
		 * the first word is longer than that, it stands alone. */
		for (cut = room; cut > 0 && text[cut] != ' '; cut--)
			;
		if (cut == 0)
			for (cut = 1; cut < len && text[cut] != ' '; cut++)
				;
		for (end = cut; end > 0 && text[end - 1] == ' '; end--)
			;
		out_write(out, text, end);
		text += cut;
		len -= cut;
		if (skip_spaces(text, 0, len) == len)
			break;
		out_char(out, '\n');
		out_spaces(out, hang);
		col = hang;
	}
	out_char(out, '\n');
}
