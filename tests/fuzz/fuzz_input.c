/* Fuzz target: standard input as httpref - reads it. */
#include <stdint.h>

#include "input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void ignore(unsigned code, void *ctx)
{
	unsigned *sum = ctx;

	*sum += code;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct input in;
	unsigned sum = 0;

	input_parse_line((const char *)data, size);
	/* Fed in two pieces, split where the first byte says, so that lines
	 * crossing a read boundary are tried too. */
	input_start(&in, ignore, &sum);
	if (size > 0) {
		size_t split = data[0] % size;

		input_feed(&in, (const char *)data, split);
		input_feed(&in, (const char *)data + split, size - split);
	}
	input_end(&in);
	return 0;
}
