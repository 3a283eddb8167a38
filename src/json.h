/* The records as JSON: one array of objects, streamed record by record. */
#ifndef JSON_H
#define JSON_H

#include <stdbool.h>
#include <stdio.h>

#include "httpref.h"

void json_begin(FILE *out);
/* first: no comma before this object. */
void json_record(FILE *out, const struct httpref_record *rec, bool first);
void json_end(FILE *out);

#endif
