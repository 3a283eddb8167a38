/* Preloaded into a measured command: at exit, writes the private dirty
 * memory of the process in KiB (heap, stack, written data: what it costs
 * beyond the shared page cache) to the file named by BENCH_PRIVMEM_OUT.
 * A short run only grows that memory, so the figure at exit is its peak. */
#include <stdio.h>
#include <stdlib.h>

__attribute__((destructor)) static void report(void)
{
	const char *path = getenv("BENCH_PRIVMEM_OUT");
	char line[256];
	unsigned long kib, total = 0;
	FILE *in, *out;

	if (path == NULL || (in = fopen("/proc/self/smaps_rollup", "r")) == NULL)
		return;
	while (fgets(line, sizeof(line), in) != NULL)
		if (sscanf(line, "Private_Dirty: %lu kB", &kib) == 1)
			total += kib;
	fclose(in);
	if ((out = fopen(path, "w")) != NULL) {
		fprintf(out, "%lu\n", total);
		fclose(out);
	}
}
