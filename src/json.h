/* The records as JSON: one array of objects, written record by record. */
#ifndef JSON_H
#define JSON_H

#include <stdbool.h>

#include "httpref.h"
#include "out.h"

void json_begin(struct out *out);
/* Record number index, as the generator wrote it; first: no comma
 * before this object. */
void json_record(struct out *out, size_t index, bool first);
void json_end(struct out *out);
/* json_record in two halves, for a caller that adds fields of its own
 * (",\n    \"name\": value") between them. */
void json_record_open(struct out *out, size_t index, bool first);
void json_record_close(struct out *out);
/* One JSON string, escaped; null for NULL. */
void json_string(struct out *out, const char *s);

#endif
