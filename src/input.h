/* Status lines and bare codes read from standard input (httpref -). */
#ifndef INPUT_H
#define INPUT_H

#include <stdbool.h>
#include <stddef.h>

/* Only this much of a line is looked at; the rest of a longer line is
 * read and dropped. */
#define INPUT_LINE_MAX 1024

/* The code in one line: "HTTP/1.1 503 Service Unavailable", "HTTP/2 404"
 * or a bare "404", with any spaces around; -1 for anything else.  s
 * need not be NUL-terminated and may hold any bytes. */
int input_parse_line(const char *s, size_t n);

/* A response's header fields are kept up to these bounds; more fields
 * are dropped and longer values cut, and the response says so. */
#define INPUT_MAX_FIELDS 48
#define INPUT_NAME_MAX 48
#define INPUT_FIELDS_SIZE 8192

struct input_field {
	char name[INPUT_NAME_MAX];
	const char *value; /* in the response's store, NUL-terminated */
};

/* One response as read: its status line and its header fields, raw. */
struct input_response {
	unsigned code;
	char version[8];  /* "1.1", "2", "3"; "" for a bare code */
	size_t field_count;
	struct input_field fields[INPUT_MAX_FIELDS];
	bool cut;         /* fields or bytes were dropped */
	bool body;        /* lines followed the header section */
	size_t used;
	char store[INPUT_FIELDS_SIZE];
};

/* The value of the first field of that name (any case), or NULL. */
const char *input_field(const struct input_response *r, const char *name);

typedef void input_found(const struct input_response *r, void *ctx);

/* Splits a stream into lines as it arrives, in pieces of any size, and
 * the lines into responses: a status line or a bare code starts one,
 * header fields follow until an empty line, and what comes after that is
 * the body, skipped up to the next status line. */
struct input {
	input_found *found;
	void *ctx;
	size_t codes; /* responses found so far */
	bool open;    /* a response has started and is not yet handed on */
	bool in_headers;
	size_t n;
	char line[INPUT_LINE_MAX];
	struct input_response response;
};

void input_start(struct input *in, input_found *found, void *ctx);
void input_feed(struct input *in, const char *buf, size_t n);
/* The last line, if it had no newline. */
void input_end(struct input *in);

/* Reads descriptor fd to its end, calling found(response, ctx) for each
 * response; returns how many there were, or -1 on a read error (errno
 * says which). */
long input_read_fd(int fd, input_found *found, void *ctx);

#endif
