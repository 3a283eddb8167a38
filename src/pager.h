/* Long output on a terminal goes through a pager, as git's and man's do. */
#ifndef PAGER_H
#define PAGER_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "out.h"

/* Output up to this size is held whole before any of it is shown.  It is
 * more than a pipe holds, so a pager that takes it all is one that reads. */
#define PAGER_HOLD (256 * 1024)

struct pager {
	const char *command; /* as pager_command gave it */
	size_t rows, cols;   /* the screen */
	size_t held;         /* bytes of the hold the pager was given */
	bool spilled;        /* the pager was given more than the hold */
	bool ran;            /* a pager started, and has ended */
	pid_t pid;           /* while a pager runs; 0 otherwise */
	int fd;              /* the pipe to it */
	struct sigaction old_pipe, old_int, old_quit;
};

/* HTTPREF_PAGER, else PAGER, else "less"; NULL when the one that counts
 * is empty or "cat", which mean no pager. */
const char *pager_command(void);

/* Holds back everything written to out from now on: pager_end decides
 * where it goes. */
void pager_hold(struct pager *p, struct out *out, const char *command,
		size_t rows, size_t cols);

/* Shows what is held: through the pager when it needs more rows than the
 * screen has less one (the prompt's), else directly; then waits for the
 * pager to end.  A pager that could not start is as if there were none.
 * True when everything was written, or read up to where the pager was
 * quit; false on a write error, in out->error. */
bool pager_end(struct pager *p, struct out *out);

/* The rows that n bytes of text take on a screen cols wide, escape
 * sequences taking none and long lines folding; counting stops at max. */
size_t pager_rows(const char *s, size_t n, size_t cols, size_t max);

#endif
