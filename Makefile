# httpref: see README.md.  Every path and flag below can be overridden:
#   make PREFIX=/usr CC=clang CFLAGS='-O0 -g'
VERSION = 0.1.0

PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man
DESTDIR =

CC = cc
CFLAGS = -O2 -g
LDFLAGS =
# What the project needs, kept apart so that a user's CFLAGS cannot drop it.
HTTPREF_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude \
	-Wall -Wextra -Wpedantic -Werror -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wformat=2

GEN_OBJ = build/gen/main.o build/gen/diag.o build/gen/parse.o \
	build/gen/check.o build/gen/lint.o build/gen/emit_c.o
LIB_OBJ = build/table.o build/table_data.o build/query.o build/render.o \
	build/wrap.o build/style.o build/json.o build/error.o build/options.o \
	build/search.o build/suggest.o build/input.o
OBJ = build/main.o $(LIB_OBJ)
DATA = data/*.txt

all: httpref

httpref: $(OBJ)
	$(CC) $(LDFLAGS) -o $@ $(OBJ)

build/httpref-gen: $(GEN_OBJ)
	$(CC) $(LDFLAGS) -o $@ $(GEN_OBJ)

# Written to a temporary file first, so a failed run leaves no table.
build/table_data.c: build/httpref-gen $(DATA)
	build/httpref-gen $(DATA) > $@.tmp
	mv $@.tmp $@

build/gen build:
	mkdir -p $@

build/gen/%.o: src/gen/%.c src/gen/gen.h include/httpref.h | build/gen
	$(CC) $(HTTPREF_CFLAGS) $(CFLAGS) -c -o $@ $<

build/table_data.o: build/table_data.c include/httpref.h
	$(CC) $(HTTPREF_CFLAGS) $(CFLAGS) -c -o $@ build/table_data.c

build/%.o: src/%.c src/*.h include/httpref.h | build
	$(CC) $(HTTPREF_CFLAGS) $(CFLAGS) -c -o $@ $<

# Unit tests: one cmocka program per module, linked without main.o.
TEST_LIBS = -lcmocka
TESTS = build/tests/test_query build/tests/test_table build/tests/test_wrap \
	build/tests/test_render build/tests/test_error build/tests/test_gen \
	build/tests/test_input build/tests/test_search

build/tests:
	mkdir -p $@

build/tests/%.o: tests/%.c tests/capture.h src/*.h src/gen/gen.h include/httpref.h | build/tests
	$(CC) $(HTTPREF_CFLAGS) -Isrc $(CFLAGS) -c -o $@ $<

build/tests/test_query: build/tests/test_query.o build/query.o
build/tests/test_table: build/tests/test_table.o build/table.o build/table_data.o
build/tests/test_wrap: build/tests/test_wrap.o build/wrap.o build/tests/capture.o
build/tests/test_render: build/tests/test_render.o build/render.o build/json.o \
	build/wrap.o build/style.o build/table.o build/table_data.o build/tests/capture.o
build/tests/test_error: build/tests/test_error.o build/error.o
build/tests/test_input: build/tests/test_input.o build/input.o
build/tests/test_search: build/tests/test_search.o build/search.o build/suggest.o \
	build/table.o build/table_data.o
build/tests/test_gen: build/tests/test_gen.o build/gen/parse.o build/gen/diag.o \
	build/gen/check.o
$(TESTS):
	$(CC) $(LDFLAGS) -o $@ $^ $(TEST_LIBS)

check: httpref build/httpref-gen $(TESTS)
	@for t in $(TESTS); do echo "== $$t"; $$t || exit 1; done
	@echo "== tests/gen.sh"; sh tests/gen.sh build/httpref-gen
	@echo "== tests/cli.sh"; sh tests/cli.sh
	@echo "== content lint"; build/httpref-gen -l $(DATA) && echo "lint: ok"

lint: build/httpref-gen
	build/httpref-gen -l $(DATA)

clean:
	rm -rf build httpref

.PHONY: all check lint clean
