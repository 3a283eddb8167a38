/* Fuzz target: standard input as httpref - reads it, each response then
 * explained and rendered.  What the fields say is shown on a terminal,
 * so no fact may hold a raw control byte, whatever the input held. */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "explain.h"
#include "input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct out sink;
static struct explain_chain chain;

static void check_clean(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			abort();
}

static void explain_one(const struct input_response *r, void *ctx)
{
	static struct explain e;
	static const struct render_opts o = { .width = 80 };
	struct httpref_record rec;
	size_t first, i;

	(void)ctx;
	httpref_get(httpref_find(r->code, &first) > 0 ? first : 0, &rec);
	explain_response(r, &rec, &chain, 0, &e);
	for (i = 0; i < e.fact_count; i++) {
		check_clean(e.facts[i].text);
		check_clean(e.facts[i].brief);
	}
	explain_render(&sink, &e, &o);
	explain_line(&sink, &rec, &e, &o);
	explain_json(&sink, r, &e);
	out_flush(&sink);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct input in;

	if (sink.fd == 0)
		out_init_fd(&sink, open("/dev/null", O_WRONLY));
	memset(&chain, 0, sizeof(chain));
	input_parse_line((const char *)data, size);
	/* Fed in two pieces, split where the first byte says, so that lines
	 * crossing a read boundary are tried too. */
	input_start(&in, explain_one, NULL);
	if (size > 0) {
		size_t split = data[0] % size;

		input_feed(&in, (const char *)data, split);
		input_feed(&in, (const char *)data + split, size - split);
	}
	input_end(&in);
	return 0;
}
