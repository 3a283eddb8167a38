/* The output buffer: filled by the views, emptied into a descriptor or a
 * FILE.  After a failed write nothing more is written, so a full disk
 * gives one error, not a stream of partial lines. */
#include <errno.h>
#include <unistd.h>

#include "out.h"

void out_init_fd(struct out *o, int fd)
{
	o->fd = fd;
	o->file = NULL;
	o->error = 0;
	o->buf = o->own;
	o->size = sizeof(o->own);
	o->used = 0;
	o->spill = NULL;
	o->spill_ctx = NULL;
}

void out_init_file(struct out *o, FILE *file)
{
	out_init_fd(o, -1);
	o->file = file;
}

static void write_all(struct out *o, const char *s, size_t n)
{
	ssize_t w;

	if (o->error != 0)
		return;
	if (o->file != NULL) {
		if (fwrite(s, 1, n, o->file) != n)
			o->error = errno != 0 ? errno : EIO;
		return;
	}
	while (n > 0) {
		w = write(o->fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			o->error = w < 0 ? errno : EIO;
			return;
		}
		s += w;
		n -= (size_t)w;
	}
}

bool out_flush(struct out *o)
{
	if (out_held(o))
		return true;
	write_all(o, o->buf, o->used);
	o->used = 0;
	return o->error == 0;
}

void out_write_slow(struct out *o, const char *s, size_t n)
{
	size_t room;

	if (out_held(o)) {
		/* Fill the held buffer to the brim first, so that what the
		 * spill sees is all that came before s. */
		room = o->size - o->used;
		memcpy(o->buf + o->used, s, room);
		o->used += room;
		s += room;
		n -= room;
		o->spill(o, o->spill_ctx);
		if (out_held(o))
			return; /* a broken spill: the rest has nowhere to go */
	}
	out_flush(o);
	if (n >= o->size) {
		write_all(o, s, n);
		return;
	}
	memcpy(o->buf, s, n);
	o->used = n;
}

void out_hold(struct out *o, char *buf, size_t size,
	      void (*spill)(struct out *o, void *ctx), void *ctx)
{
	memcpy(buf, o->buf, o->used);
	o->buf = buf;
	o->size = size;
	o->spill = spill;
	o->spill_ctx = ctx;
}

void out_unhold(struct out *o, int fd)
{
	o->fd = fd;
	o->buf = o->own;
	o->size = sizeof(o->own);
	o->used = 0;
	o->spill = NULL;
	o->spill_ctx = NULL;
}

bool out_send(struct out *o, const char *s, size_t n)
{
	out_flush(o);
	write_all(o, s, n);
	return o->error == 0;
}

void out_spaces_slow(struct out *o, size_t n)
{
	static const char spaces[] = "                                ";
	/* Indents are short and frequent: when the buffer has room, one
	 * copy of fixed size (two stores, no call) and the count moves on
	 * by n; what lies past it is overwritten by what comes next. */
	if (n < sizeof(spaces) && o->size - o->used >= sizeof(spaces)) {
		memcpy(o->buf + o->used, spaces, sizeof(spaces) - 1);
		o->used += n;
		return;
	}
	while (n > sizeof(spaces) - 1) {
		out_write(o, spaces, sizeof(spaces) - 1);
		n -= sizeof(spaces) - 1;
	}
	out_write(o, spaces, n);
}
