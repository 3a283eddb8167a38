/* Fuzz target: one data file through the generator's reader, its content
 * checks and the C writer. */
#include <stdint.h>
#include <stdio.h>

#include "gen/gen.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *sink;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* The reader reports every problem: keep the run quiet, but leave
	 * stderr to the sanitizers. */
	sink = fopen("/dev/null", "w");
	gen_diag_to(sink);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct gen_record rec;

	gen_pool_reset();
	if (!gen_parse_buffer("fuzz/404.txt", (const char *)data, size, &rec))
		return 0;
	gen_lint(&rec, 1);
	if (sink != NULL)
		gen_emit_c(sink, &rec, 1, NULL);
	return 0;
}
