/* Word wrapping.  Text from data/ is nearly always ASCII, where a byte is
 * a column: lines are broken by looking back from the width for a space,
 * and written a line at a time.  Other text is measured in code points (no
 * record uses wide or combining characters).  A word longer than the room
 * left, such as a URL, a path or a header value, goes on the next line
 * when it fits there whole; otherwise it is broken after a character at
 * which a reader expects it to go on ('/', '-', '.', ',' and the like), and
 * only a word with no such place is cut at the edge. */
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

/* The bytes of s, at most n, that take at most cols columns. */
static size_t fit(const char *s, size_t n, size_t cols, bool ascii)
{
	size_t i = 0;

	if (ascii)
		return n < cols ? n : cols;
	for (; i < n && cols > 0; cols--)
		for (i++; i < n && ((unsigned char)s[i] & 0xc0) == 0x80; i++)
			;
	return i;
}

/* Where a long word may go on: after '/' in a path or URL, after the ','
 * or ';' of a list, after '?', '&' or '#' in a query, and, failing those,
 * after '-', '.', '_', ':', '=' or ')'. */
static int break_strength(char c)
{
	switch (c) {
	case '/': case ',': case ';': case '?': case '&': case '#': case '\\': case '|':
		return 2;
	case '-': case '.': case '_': case ':': case '=': case ')':
		return 1;
	default:
		return 0;
	}
}

/* May a word go on to the next line after s[i], how readily: only before
 * something other than a space or another break character, so that "://",
 * "::" and ")." stay whole. */
static int breaks_after(const char *s, size_t i, size_t n)
{
	if (i + 1 >= n || s[i + 1] == ' ' || break_strength(s[i + 1]) > 0)
		return 0;
	return break_strength(s[i]);
}

/* The first word of text (len bytes) does not fit in the lim bytes left
 * on the line.  Returns how many bytes of it to put there: up to its last
 * break that fits, a strong one if that fills half the room; on a line
 * that holds nothing else, up to the edge when there is no break; 0 when
 * the word should start the next line instead. */
static size_t split(const char *text, size_t len, size_t lim, bool line_has_text,
		    size_t fresh_room, bool ascii)
{
	size_t word = 0, i, any = 0;
	int how;

	while (word < len && text[word] != ' ')
		word++;
	if (line_has_text && fit(text, word, fresh_room, ascii) == word)
		return 0;
	for (i = lim; i > 1; i--) {
		how = breaks_after(text, i - 1, word);
		if (how == 2 && i * 2 >= lim)
			return i;
		if (how > 0 && any == 0)
			any = i;
	}
	if (any > 0)
		return any;
	if (line_has_text)
		return 0;
	return lim > 0 ? lim : word;
}

/* A line break and up to 32 spaces of indent, written in one piece. */
static const char break_indent[] = "\n                                ";

static void new_line(struct out *out, size_t hang)
{
	if (hang < sizeof(break_indent) - 1) {
		out_write(out, break_indent, hang + 1);
		return;
	}
	out_char(out, '\n');
	out_spaces(out, hang);
}

void wrap_styled(struct out *out, const char *text, size_t col, size_t hang, size_t width,
		 const char *on, const char *off)
{
	size_t len = strlen(text), room, lim, cut, end;
	bool ascii;

	/* Most text fits on the line it starts: its bytes, at least as many
	 * as its columns, already say so. */
	if (col + len <= width) {
		cut = skip_spaces(text, 0, len);
		while (len > cut && text[len - 1] == ' ')
			len--;
		if (len > cut && on != NULL)
			out_str(out, on);
		out_write(out, text + cut, len - cut);
		if (len > cut && off != NULL)
			out_str(out, off);
		out_char(out, '\n');
		return;
	}
	ascii = is_ascii(text, len);
	for (;;) {
		cut = skip_spaces(text, 0, len);
		text += cut;
		len -= cut;
		while (len > 0 && text[len - 1] == ' ')
			len--;
		room = width > col ? width - col : 0;
		lim = fit(text, len, room, ascii);
		if (lim == len) {
			cut = end = len;
		} else {
			/* The last space that leaves at most room columns
			 * before it; if the first word is wider, split decides. */
			for (cut = lim; cut > 0 && text[cut] != ' '; cut--)
				;
			if (cut == 0)
				cut = split(text, len, lim, col > hang,
					    width > hang ? width - hang : 0, ascii);
			for (end = cut; end > 0 && text[end - 1] == ' '; end--)
				;
		}
		if (end > 0 && on != NULL)
			out_str(out, on);
		out_write(out, text, end);
		if (end > 0 && off != NULL)
			out_str(out, off);
		text += cut;
		len -= cut;
		if (skip_spaces(text, 0, len) == len)
			break;
		new_line(out, hang);
		col = hang;
	}
	out_char(out, '\n');
}

void wrap_text(struct out *out, const char *text, size_t col, size_t hang, size_t width)
{
	wrap_styled(out, text, col, hang, width, NULL, NULL);
}
