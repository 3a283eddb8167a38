/* Reading the generated table (build/table_data.c): rows sorted by code,
 * found by binary search, turned into views on demand.  No allocation. */
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
		[ROW_HEADERS] = &rec->headers,
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
	rec->example = text_at(row->example, true);
	for (l = 0; l < ROW_LISTS; l++) {
		fill_list(lists[l], item, row->count[l]);
		item += row->count[l];
	}
	rec->related.count = row->related_count;
	for (i = 0; i < row->related_count && i < HTTPREF_MAX_ITEMS; i++)
		rec->related.codes[i] = httpref_related[row->related + i];
}

unsigned httpref_code_at(size_t index)
{
	return httpref_rows[index].code;
}

const char *httpref_name_at(size_t index)
{
	return &httpref_text[httpref_rows[index].name];
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
