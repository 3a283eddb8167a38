/* httpref-gen: reads the data/ records and writes the C table (or, with -l,
 * checks the content bar; with -m, writes the httpref-codes(7) manual page).
 * Exit 0 only when there were no problems. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "gen.h"

static struct gen_record records[GEN_MAX_RECORDS];
static struct gen_guide guide;
static struct gen_vendors vendors;
static struct gen_ecosystems ecosystems;

static void usage(void)
{
	fputs("usage: httpref-gen [-l | -m] [-e ecosystems] [-g guide] [-v vendors] "
	      "file ...\n", stderr);
}

int main(int argc, char *argv[])
{
	const char *guide_path = NULL, *vendors_path = NULL, *eco_path = NULL;
	bool lint = false, man = false;
	size_t count = 0;
	int c, i;

	while ((c = getopt(argc, argv, "e:g:lmv:")) != -1) {
		switch (c) {
		case 'e':
			eco_path = optarg;
			break;
		case 'v':
			vendors_path = optarg;
			break;
		case 'g':
			guide_path = optarg;
			break;
		case 'l':
			lint = true;
			break;
		case 'm':
			man = true;
			break;
		default:
			usage();
			return 2;
		}
	}
	if (optind == argc) {
		usage();
		return 2;
	}
	for (i = optind; i < argc; i++) {
		if (count == GEN_MAX_RECORDS) {
			gen_error(argv[i], 0, "more than %d records", GEN_MAX_RECORDS);
			break;
		}
		if (gen_parse_file(argv[i], &records[count]))
			count++;
	}
	/* A file with errors is left out, so checks across records would only
	 * add noise about it. */
	if (guide_path != NULL)
		gen_guide_parse(guide_path, &guide);
	if (vendors_path != NULL)
		gen_vendors_parse(vendors_path, &vendors);
	if (eco_path != NULL)
		gen_ecosystems_parse(eco_path, &ecosystems);
	if (gen_error_count() == 0) {
		gen_sort(records, count);
		gen_check_set(records, count);
		if (guide_path != NULL)
			gen_guide_check(&guide, records, count);
		if (vendors_path != NULL)
			gen_vendors_check(&vendors, records, count);
	}
	if (lint && gen_error_count() == 0)
		gen_lint(records, count);
	if (gen_error_count() == 0 && !lint) {
		if (man)
			gen_emit_man(stdout, records, count, eco_path != NULL ? &ecosystems : NULL);
		else
			gen_emit_c(stdout, records, count, guide_path != NULL ? &guide : NULL,
				   vendors_path != NULL ? &vendors : NULL);
	}
	/* Writing can still find a problem (a table past its limits); the
	 * Makefile then drops the half-written output. */
	if (gen_error_count() > 0) {
		fprintf(stderr, "httpref-gen: %u problem%s\n", gen_error_count(),
			gen_error_count() == 1 ? "" : "s");
		return 1;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("httpref-gen: write error");
		return 1;
	}
	return 0;
}
