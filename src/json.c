/* JSON output (RFC 8259).  A record's object is written by the generator,
 * escaped, and only copied here; the strings of --compare and --guide
 * are escaped here.  The data is valid UTF-8 (the generator checks it),
 * so only quotes, backslashes and control characters need escaping. */
#include "httpref_table.h"
#include "json.h"

static void string(struct out *out, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *u = (const unsigned char *)s;

	if (s == NULL) {
		out_write(out, "null", 4);
		return;
	}
	out_char(out, '"');
	while (*u != '\0') {
		const unsigned char *run = u;

		/* The bytes that need no escape go out as one run. */
		while (*u >= 0x20 && *u != '"' && *u != '\\')
			u++;
		out_write(out, (const char *)run, (size_t)(u - run));
		if (*u == '\0')
			break;
		out_char(out, '\\');
		if (*u == '"' || *u == '\\') {
			out_char(out, (char)*u);
		} else if (*u == '\n') {
			out_char(out, 'n');
		} else {
			char esc[5] = { 'u', '0', '0', hex[*u >> 4], hex[*u & 0xf] };

			out_write(out, esc, sizeof(esc));
		}
		u++;
	}
	out_char(out, '"');
}

void json_string(struct out *out, const char *s)
{
	string(out, s);
}

void json_begin(struct out *out)
{
	out_char(out, '[');
}

void json_record(struct out *out, size_t index, bool first)
{
	size_t len;
	const char *object = httpref_json_at(index, &len);

	if (!first)
		out_char(out, ',');
	out_write(out, object, len);
}

void json_record_open(struct out *out, size_t index, bool first)
{
	size_t len;
	const char *object = httpref_json_at(index, &len);

	if (!first)
		out_char(out, ',');
	out_write(out, object, len - (sizeof(HTTPREF_JSON_END) - 1));
}

void json_record_close(struct out *out)
{
	out_write(out, HTTPREF_JSON_END, sizeof(HTTPREF_JSON_END) - 1);
}

void json_end(struct out *out)
{
	out_str(out, "\n]\n");
}
