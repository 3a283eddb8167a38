/* The pager.  Output meant for a terminal is held in a buffer until it is
 * complete, so that its height can be measured; only output taller than
 * the screen is piped to a pager, started as git starts one.  The held
 * bytes are kept until the pager has shown that it runs: one that cannot
 * be started (no such program, or the shell's status 127) falls back to
 * printing them directly, and nothing is lost.  SIGPIPE is ignored only
 * while a pager runs: quitting it early is a normal way to stop reading. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pager.h"

static char hold[PAGER_HOLD];

const char *pager_command(void)
{
	const char *cmd = getenv("HTTPREF_PAGER");

	if (cmd == NULL)
		cmd = getenv("PAGER");
	if (cmd == NULL)
		cmd = "less";
	return cmd[0] == '\0' || strcmp(cmd, "cat") == 0 ? NULL : cmd;
}

size_t pager_rows(const char *s, size_t n, size_t cols, size_t max)
{
	enum { TEXT, ESC, CSI } state = TEXT;
	size_t rows = 0, width = 0, i;

	if (cols == 0)
		cols = 1;
	for (i = 0; i < n && rows < max; i++) {
		unsigned char c = (unsigned char)s[i];

		if (state == ESC) {
			state = c == '[' ? CSI : TEXT;
		} else if (state == CSI) {
			if (c >= 0x40 && c <= 0x7e)
				state = TEXT;
		} else if (c == 0x1b) {
			state = ESC;
		} else if (c == '\n') {
			rows += width == 0 ? 1 : (width + cols - 1) / cols;
			width = 0;
		} else if (c == '\t') {
			width = (width / 8 + 1) * 8;
		} else if ((c & 0xc0) != 0x80) {
			width++;
		}
	}
	if (width > 0)
		rows += (width + cols - 1) / cols;
	return rows;
}

static void ignore(int sig, struct sigaction *old)
{
	struct sigaction ign;

	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(sig, &ign, old);
}

/* The characters for which git hands a pager command to the shell;
 * without any, the command is one program's name, run directly. */
static const char shell_chars[] = "|&;<>()$`\\\"' \t\n*?[#~=%";

/* In the child: the pipe as standard input, then the pager.  An exec
 * that fails writes its errno to report, which the parent reads. */
static void run(const char *command, int in, int out, int report)
{
	char sh[] = "/bin/sh", c[] = "-c";
	char *direct[] = { NULL, NULL }, *shell[] = { sh, c, NULL, NULL };
	int err;
	ssize_t w;

	close(out);
	if (in != STDIN_FILENO) {
		dup2(in, STDIN_FILENO);
		close(in);
	}
	/* less: quit if one screen holds it all, keep the colours, leave
	 * the text on the screen; unless the user has said otherwise. */
	if (getenv("LESS") == NULL)
		setenv("LESS", "FRX", 1);
	direct[0] = shell[2] = (char *)command;
	if (command[strcspn(command, shell_chars)] == '\0')
		execvp(command, direct);
	else
		execvp(sh, shell);
	err = errno;
	w = write(report, &err, sizeof(err));
	(void)w;
	_exit(127);
}

static int wait_for(pid_t pid)
{
	int status;

	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return status;
}

/* False when there is no pager: no pipe, no process, or an exec that
 * failed (reported through a pipe that a successful exec closes). */
static bool start(struct pager *p)
{
	int data[2], report[2], err;
	ssize_t got;
	pid_t pid;

	if (pipe(data) != 0)
		return false;
	if (pipe(report) != 0) {
		close(data[0]);
		close(data[1]);
		return false;
	}
	fcntl(report[1], F_SETFD, FD_CLOEXEC);
	pid = fork();
	if (pid == 0) {
		close(report[0]);
		run(p->command, data[0], data[1], report[1]);
	}
	close(data[0]);
	close(report[1]);
	do
		got = pid > 0 ? read(report[0], &err, sizeof(err)) : -1;
	while (got < 0 && errno == EINTR);
	close(report[0]);
	if (pid < 0 || got != 0) {
		close(data[1]);
		if (pid > 0)
			wait_for(pid);
		return false;
	}
	p->pid = pid;
	p->fd = data[1];
	ignore(SIGPIPE, &p->old_pipe);
	/* As system(3) does: ^C and ^\ are the pager's to handle while it
	 * runs, and httpref must not leave it behind on the terminal. */
	ignore(SIGINT, &p->old_int);
	ignore(SIGQUIT, &p->old_quit);
	return true;
}

/* Closes the pipe, waits for the pager to end and returns its status. */
static int stop(struct pager *p)
{
	int status;

	close(p->fd);
	status = wait_for(p->pid);
	sigaction(SIGPIPE, &p->old_pipe, NULL);
	sigaction(SIGINT, &p->old_int, NULL);
	sigaction(SIGQUIT, &p->old_quit, NULL);
	p->pid = 0;
	p->ran = true;
	return status;
}

/* The shell's answer for a command it could not find or run. */
static bool never_started(int status)
{
	return status != -1 && WIFEXITED(status) &&
	       (WEXITSTATUS(status) == 127 || WEXITSTATUS(status) == 126);
}

/* Prints the hold directly, as if there had been no pager. */
static bool fall_back(struct pager *p, struct out *out)
{
	p->ran = false;
	out->fd = STDOUT_FILENO;
	out->error = 0;
	return out_send(out, hold, p->held);
}

/* Ends the hold: the held bytes go to a pager when they are taller than
 * the screen, or when they filled the hold, and to the terminal when they
 * are not or no pager starts. */
static void let_go(struct pager *p, struct out *out, bool full)
{
	p->held = out->used;
	out_unhold(out, STDOUT_FILENO);
	if ((full || pager_rows(hold, p->held, p->cols, p->rows) >= p->rows) && start(p)) {
		out->fd = p->fd;
		if (out_send(out, hold, p->held)) {
			p->spilled = full;
			return;
		}
		/* Output that fills the hold is more than a pipe holds: a
		 * pager gone before taking it all quit, or never started. */
		if (out->error == EPIPE && full && never_started(stop(p)))
			fall_back(p, out);
		return;
	}
	out_send(out, hold, p->held);
}

static void spill(struct out *out, void *ctx)
{
	let_go(ctx, out, true);
}

void pager_hold(struct pager *p, struct out *out, const char *command,
		size_t rows, size_t cols)
{
	memset(p, 0, sizeof(*p));
	p->command = command;
	p->rows = rows;
	p->cols = cols;
	out_hold(out, hold, sizeof(hold), spill, p);
}

bool pager_end(struct pager *p, struct out *out)
{
	if (out_held(out))
		let_go(p, out, false);
	out_flush(out);
	/* All that was sent is still held: a pager that never started
	 * read none of it. */
	if (p->pid != 0 && never_started(stop(p)) && !p->spilled)
		return fall_back(p, out);
	if (p->ran && out->error == EPIPE)
		return true;
	return out->error == 0;
}
