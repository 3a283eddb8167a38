/* Reading the generated table (build/table_data.c): rows sorted by code,
 * found by binary search, turned into views on demand.  No allocation. */
#include <string.h>

#include "httpref.h"
#include "httpref_table.h"

static const char *text_at(uint32_t offset, bool absent_is_null)
{
	return offset == 0 && absent_is_null ? NULL : &httpref_text[offset];
}

static void fill_list(struct httpref_list *list, uint32_t first, unsigned count)
{
	unsigned i;

	list->count = count;
	for (i = 0; i < count && i < HTTPREF_MAX_ITEMS; i++)
		list->items[i] = &httpref_text[httpref_items[first + i]];
}

void httpref_get(size_t index, struct httpref_record *rec)
{
	const struct httpref_row *row = &httpref_rows[index];
	struct httpref_list *lists[ROW_LISTS] = {
		[ROW_ALIASES] = &rec->aliases, [ROW_CAUSES] = &rec->causes,
		[ROW_FIXES] = &rec->fixes, [ROW_MISTAKES] = &rec->mistakes,
		[ROW_HEADERS] = &rec->headers, [ROW_SOURCES] = &rec->sources,
	};
	uint32_t item = row->items;
	unsigned l, i;

	rec->code = row->code;
	rec->status = (enum httpref_status)row->status;
	rec->cacheable = (enum httpref_cacheable)row->cacheable;
	rec->name = text_at(row->name, false);
	rec->source = text_at(row->source, false);
	rec->reference = text_at(row->reference, false);
	rec->summary = text_at(row->summary, false);
	rec->description = text_at(row->description, true);
	rec->insight = text_at(row->insight, true);
	rec->clients = text_at(row->clients, true);
	rec->retry = text_at(row->retry, true);
	rec->example = text_at(row->example, true);
	for (l = 0; l < ROW_LISTS; l++) {
		fill_list(lists[l], item, row->count[l]);
		item += row->count[l];
	}
	rec->related.count = row->related_count;
	for (i = 0; i < row->related_count && i < HTTPREF_MAX_ITEMS; i++) {
		const struct httpref_related_row *r = &httpref_related[row->related + i];

		rec->related.items[i].code = r->code;
		rec->related.items[i].source = text_at(r->source, true);
		rec->related.items[i].why = text_at(r->why, false);
	}
	rec->constants.count = row->constant_count;
	for (i = 0; i < row->constant_count && i < HTTPREF_MAX_CONSTANTS; i++)
		httpref_constant_at(row->constants + i, &rec->constants.items[i]);
}

size_t httpref_constant_at(size_t index, struct httpref_constant *c)
{
	const struct httpref_constant_row *row = &httpref_constants[index];

	c->ecosystem = (enum httpref_ecosystem)row->ecosystem;
	c->name = text_at(row->name, true);
	c->note = text_at(row->note, true);
	c->current = row->current;
	return row->row;
}

size_t httpref_constants_of(size_t index, size_t *first)
{
	*first = httpref_rows[index].constants;
	return httpref_rows[index].constant_count;
}

/* The first constant whose bare name is not below bare, in the order. */
static size_t constant_lower_bound(const char *bare)
{
	size_t lo = 0, hi = httpref_constant_named;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *name = &httpref_text[httpref_constants[httpref_constant_order[mid]].name];

		if (httpref_bare_compare(httpref_bare_constant(name), bare) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A qualified query names this constant when one of the two ends the
 * other at a separator: "http.HTTPStatus.NOT_FOUND" and
 * "HTTPStatus.NOT_FOUND" do, "Status.NOT_FOUND" does not. */
static bool same_qualified(const char *name, const char *query)
{
	size_t n = strlen(name), q = strlen(query);
	const char *longer = n >= q ? name : query;
	size_t skip = n >= q ? n - q : q - n;

	if (httpref_bare_compare(longer + skip, n >= q ? query : name) != 0)
		return false;
	return skip == 0 || longer[skip - 1] == '.' || longer[skip - 1] == ':' ||
	       longer[skip - 1] == '\\';
}

size_t httpref_constant_find(const char *query, size_t *found, size_t max)
{
	const char *bare = httpref_bare_constant(query);
	size_t i, n = 0;

	for (i = constant_lower_bound(bare); i < httpref_constant_named; i++) {
		size_t index = httpref_constant_order[i];
		const char *name = &httpref_text[httpref_constants[index].name];

		if (httpref_bare_compare(httpref_bare_constant(name), bare) != 0)
			break;
		if (bare != query && !same_qualified(name, query))
			continue;
		if (n < max)
			found[n++] = index;
	}
	return n;
}

unsigned httpref_code_at(size_t index)
{
	return httpref_rows[index].code;
}

const char *httpref_name_at(size_t index)
{
	return &httpref_text[httpref_rows[index].name];
}

const char *httpref_source_at(size_t index)
{
	return &httpref_text[httpref_rows[index].source];
}

enum httpref_status httpref_status_at(size_t index)
{
	return (enum httpref_status)httpref_rows[index].status;
}

/* Each view ends one byte, its NUL, before the next row's starts. */
const char *httpref_line_at(size_t index, size_t *len, size_t *head)
{
	const struct httpref_view_row *v = &httpref_views[index];

	*len = v[1].line - v[0].line - 1;
	*head = v->line_head;
	return &httpref_text[v->line];
}

const char *httpref_json_at(size_t index, size_t *len)
{
	const struct httpref_view_row *v = &httpref_views[index];

	*len = v[1].json - v[0].json - 1;
	return &httpref_text[v->json];
}

size_t httpref_find(unsigned code, size_t *first)
{
	size_t lo = 0, hi = httpref_record_count, n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (httpref_rows[mid].code < code)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (n = 0; lo + n < httpref_record_count && httpref_rows[lo + n].code == code; n++)
		;
	*first = lo;
	return n;
}
