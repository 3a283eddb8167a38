/* Fuzz target: one data file through the generator's reader, its content
 * checks and the C writer; the same bytes as a guide, checked against
 * that record, through the guide's reader. */
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
	static struct gen_guide guide;
	bool guide_ok;

	gen_pool_reset();
	guide_ok = gen_guide_parse_buffer("fuzz/guide.txt", (const char *)data, size, &guide);
	if (!gen_parse_buffer("fuzz/404.txt", (const char *)data, size, &rec))
		return 0;
	if (guide_ok) {
		unsigned before = gen_error_count();

		gen_guide_check(&guide, &rec, 1);
		guide_ok = gen_error_count() == before;
	}
	gen_lint(&rec, 1);
	if (sink != NULL)
		gen_emit_c(sink, &rec, 1, guide_ok ? &guide : NULL, NULL);
	return 0;
}
