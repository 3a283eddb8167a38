# httpref: see README.md.  Every path and flag below can be overridden:
#   make PREFIX=/usr CC=clang CPPFLAGS=-D_FORTIFY_SOURCE=2 CFLAGS='-O0 -g'
# The version is set in one place, the file VERSION; the program, both
# manual pages and the tarball's name take it from there, and
# tests/version.sh fails when debian/changelog says otherwise.
VERSION := $(shell cat VERSION)

PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man
DESTDIR =

CC = cc
CPPFLAGS =
CFLAGS = -O2 -g
LDFLAGS =
# What the project needs, kept apart so that a user's CFLAGS cannot drop it.
# The build directory is mapped to . in debug information and __FILE__, and
# -Wdate-time refuses __DATE__ and __TIME__, so that where and when a build
# ran leaves no trace in what it makes.
HTTPREF_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude \
	-DHTTPREF_VERSION='"$(VERSION)"' -ffile-prefix-map=$(CURDIR)=. \
	-Wall -Wextra -Wpedantic -Werror -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wformat=2 -Wdate-time

GEN_OBJ = build/gen/main.o build/gen/diag.o build/gen/parse.o \
	build/gen/check.o build/gen/lint.o build/gen/emit_c.o build/gen/emit_man.o \
	build/gen/index.o build/gen/guide.o build/gen/vendors.o build/gen/ecosystems.o \
	build/gen/date.o build/gen/views.o
LIB_OBJ = build/table.o build/table_data.o build/query.o build/render.o build/compare.o build/guide.o build/explain.o \
	build/wrap.o build/style.o build/json.o build/error.o build/options.o \
	build/search.o build/suggest.o build/input.o build/out.o build/pager.o
OBJ = build/main.o $(LIB_OBJ)
DATA = data/[0-9]*.txt
GUIDE = data/guide.txt
VENDORS = data/vendors.txt
ECOSYSTEMS = data/ecosystems

all: httpref

httpref: $(OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJ)

build/httpref-gen: $(GEN_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(GEN_OBJ)

# Written to a temporary file first, so a failed run leaves no table.
build/table_data.c: build/httpref-gen $(DATA) $(GUIDE) $(VENDORS)
	build/httpref-gen -g $(GUIDE) -v $(VENDORS) $(DATA) > $@.tmp || { rm -f $@.tmp; exit 1; }
	mv $@.tmp $@

build/gen build:
	mkdir -p $@

build/gen/%.o: src/gen/%.c src/gen/gen.h include/httpref.h include/httpref_table.h | build/gen
	$(CC) $(HTTPREF_CFLAGS) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

build/table_data.o: build/table_data.c include/httpref.h include/httpref_table.h
	$(CC) $(HTTPREF_CFLAGS) $(CPPFLAGS) $(CFLAGS) -c -o $@ build/table_data.c

build/%.o: src/%.c src/*.h include/httpref.h include/httpref_table.h | build
	$(CC) $(HTTPREF_CFLAGS) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# Unit tests: one cmocka program per module, linked without main.o.
TEST_LIBS = -lcmocka
TESTS = build/tests/test_query build/tests/test_table build/tests/test_wrap \
	build/tests/test_render build/tests/test_error build/tests/test_gen \
	build/tests/test_input build/tests/test_search build/tests/test_pager \
	build/tests/test_views

build/tests:
	mkdir -p $@

build/tests/%.o: tests/%.c tests/capture.h src/*.h src/gen/gen.h include/httpref.h | build/tests
	$(CC) $(HTTPREF_CFLAGS) -Isrc $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

build/tests/test_query: build/tests/test_query.o build/query.o
build/tests/test_table: build/tests/test_table.o build/table.o build/table_data.o
build/tests/test_wrap: build/tests/test_wrap.o build/wrap.o build/out.o build/tests/capture.o
build/tests/test_render: build/tests/test_render.o build/render.o build/json.o \
	build/wrap.o build/out.o build/style.o build/table.o build/table_data.o \
	build/tests/capture.o
build/tests/test_error: build/tests/test_error.o build/error.o
build/tests/test_pager: build/tests/test_pager.o build/pager.o build/out.o
build/tests/test_views: build/tests/test_views.o build/gen/views.o
build/tests/test_input: build/tests/test_input.o build/input.o
build/tests/test_search: build/tests/test_search.o build/search.o build/suggest.o \
	build/table.o build/table_data.o
build/tests/test_gen: build/tests/test_gen.o build/gen/parse.o build/gen/diag.o \
	build/gen/check.o
$(TESTS):
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(TEST_LIBS)

# The tests of the program and its data; check adds those of the build,
# the install and the manual pages.  make mutate MUTATE_TARGET=check-core
# runs only these, for a quicker pass.
check-core: httpref build/httpref-gen $(TESTS) check-fuzz-replay
	@for t in $(TESTS); do echo "== $$t"; $$t || exit 1; done
	@echo "== tests/gen.sh"; sh tests/gen.sh build/httpref-gen
	@echo "== tests/cli.sh"; sh tests/cli.sh
	@echo "== tests/choose.sh"; sh tests/choose.sh
	@echo "== tests/response.sh"; sh tests/response.sh
	@echo "== tests/pager.sh"; sh tests/pager.sh
	@echo "== tests/width.sh"; sh tests/width.sh
	@echo "== content lint"; build/httpref-gen -l -e $(ECOSYSTEMS) -g $(GUIDE) -v $(VENDORS) $(DATA) && echo "lint: ok"

check: check-core
	@echo "== tests/build.sh"; sh tests/build.sh
	@$(MAKE) --no-print-directory check-install lint-man
	@echo "== tests/manopts.sh"; sh tests/manopts.sh
	@# after lint-man, which builds both manual pages
	@echo "== tests/version.sh"; sh tests/version.sh

# Each mutation of tests/mutations.txt against the whole suite (slow: see
# README); not part of check.
mutate:
	MUTATE_TARGET=$(MUTATE_TARGET) sh tests/mutate.sh

lint: build/httpref-gen
	build/httpref-gen -l -e $(ECOSYSTEMS) -g $(GUIDE) -v $(VENDORS) $(DATA)

clean:
	rm -rf build httpref

.PHONY: all check check-core lint mutate clean
MUTATE_TARGET = check

# Robustness.  The fuzz targets replay their seeds and every past crash
# in make check with the ordinary compiler; make fuzz runs libFuzzer (clang)
# for FUZZ_SECONDS each, on a copy of the seeds so the tree stays clean.
FUZZ_TARGETS = query input gen
FUZZ_SECONDS = 20
FUZZ_CC = clang
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_SRC_query = tests/fuzz/fuzz_query.c src/query.c src/search.c src/suggest.c \
	src/error.c src/json.c src/out.c src/table.c build/table_data.c
FUZZ_SRC_input = tests/fuzz/fuzz_input.c src/input.c src/explain.c src/error.c \
	src/json.c src/out.c src/style.c src/wrap.c src/table.c build/table_data.c
FUZZ_SRC_gen = tests/fuzz/fuzz_gen.c src/gen/parse.c src/gen/diag.c src/gen/check.c \
	src/gen/lint.c src/gen/emit_c.c src/gen/views.c src/gen/index.c src/gen/guide.c

build/fuzz:
	mkdir -p $@

build/fuzz/replay_query: tests/fuzz/replay.c $(FUZZ_SRC_query) | build/fuzz
	$(CC) $(HTTPREF_CFLAGS) -Isrc $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $^
build/fuzz/replay_input: tests/fuzz/replay.c $(FUZZ_SRC_input) | build/fuzz
	$(CC) $(HTTPREF_CFLAGS) -Isrc $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $^
build/fuzz/replay_gen: tests/fuzz/replay.c $(FUZZ_SRC_gen) | build/fuzz
	$(CC) $(HTTPREF_CFLAGS) -Isrc $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $^

build/fuzz/fuzz_query: $(FUZZ_SRC_query) | build/fuzz
	$(FUZZ_CC) $(HTTPREF_CFLAGS) -Isrc $(FUZZ_FLAGS) -o $@ $^
build/fuzz/fuzz_input: $(FUZZ_SRC_input) | build/fuzz
	$(FUZZ_CC) $(HTTPREF_CFLAGS) -Isrc $(FUZZ_FLAGS) -o $@ $^
build/fuzz/fuzz_gen: $(FUZZ_SRC_gen) | build/fuzz
	$(FUZZ_CC) $(HTTPREF_CFLAGS) -Isrc $(FUZZ_FLAGS) -o $@ $^

check-fuzz-replay: build/fuzz/replay_query build/fuzz/replay_input build/fuzz/replay_gen
	@for t in $(FUZZ_TARGETS); do \
		echo "== replay $$t"; \
		build/fuzz/replay_$$t tests/fuzz/corpus/$$t/* \
			$$(ls tests/fuzz/regressions/$$t/* 2>/dev/null) || exit 1; \
	done

fuzz: build/fuzz/fuzz_query build/fuzz/fuzz_input build/fuzz/fuzz_gen
	@for t in $(FUZZ_TARGETS); do \
		rm -rf build/fuzz/corpus_$$t; mkdir -p build/fuzz/corpus_$$t; \
		echo "== fuzz $$t for $(FUZZ_SECONDS) s"; \
		build/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -max_len=8192 \
			-artifact_prefix=build/fuzz/crash_$$t- -print_final_stats=1 \
			build/fuzz/corpus_$$t tests/fuzz/corpus/$$t 2>build/fuzz/$$t.log || \
			{ tail -40 build/fuzz/$$t.log; exit 1; }; \
		grep -E '^stat::number_of_executed_units' build/fuzz/$$t.log; \
	done

# The whole suite again, built with AddressSanitizer and UBSan, from clean.
SANITIZE = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
check-sanitize:
	$(MAKE) clean
	$(MAKE) check CFLAGS="-O1 -g $(SANITIZE)" LDFLAGS="$(SANITIZE)"
	$(MAKE) clean

# The CLI tests once more, every run of the binary under valgrind memcheck.
check-valgrind: httpref
	HTTPREF_WRAP="valgrind -q --error-exitcode=99 --leak-check=full \
		--errors-for-leak-kinds=definite,indirect" \
		sh -c 'sh tests/cli.sh && sh tests/choose.sh && sh tests/response.sh'

# variableScope is left out: locals are declared at the top of a function,
# as in style(9), and cppcheck would move each into its innermost block.
cppcheck:
	cppcheck --quiet --error-exitcode=1 --std=c11 --enable=warning,style,performance,portability \
		--suppress=variableScope --inline-suppr -Iinclude -Isrc -Isrc/gen src tests

.PHONY: fuzz check-fuzz-replay check-sanitize check-valgrind cppcheck

# Manual pages, shell completions and installation.  httpref-codes(7) is
# generated from data/ like the table; httpref(1) is written by hand.  Each
# shell's completion goes where that shell looks by default under PREFIX.
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR = $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR = $(PREFIX)/share/fish/vendor_completions.d

all: build/httpref-codes.7 build/httpref.1

# The date of httpref-codes(7) is SOURCE_DATE_EPOCH's when it is set (as
# dpkg-buildpackage sets it), else the last commit's in a git checkout;
# with neither, httpref-gen writes a fixed date.  Never the time of the build.
SOURCE_DATE_EPOCH ?= $(shell [ -e .git ] && git log -1 --format=%ct 2>/dev/null)

build/httpref-codes.7: build/httpref-gen $(DATA) $(ECOSYSTEMS)
	SOURCE_DATE_EPOCH='$(SOURCE_DATE_EPOCH)' build/httpref-gen -m -e $(ECOSYSTEMS) $(DATA) \
		> $@.tmp || { rm -f $@.tmp; exit 1; }
	mv $@.tmp $@

# httpref(1) as installed: the page with the version in its footer.
build/httpref.1: man/httpref.1 VERSION | build
	sed 's/^\.Os$$/.Os httpref $(VERSION)/' man/httpref.1 > $@

# The only two objects that use the version.
build/options.o build/gen/emit_man.o: VERSION

install: all
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)/man1" \
		"$(DESTDIR)$(MANDIR)/man7" "$(DESTDIR)$(BASHCOMPDIR)" \
		"$(DESTDIR)$(ZSHCOMPDIR)" "$(DESTDIR)$(FISHCOMPDIR)"
	install -m 755 httpref "$(DESTDIR)$(BINDIR)/httpref"
	install -m 644 build/httpref.1 "$(DESTDIR)$(MANDIR)/man1/httpref.1"
	install -m 644 build/httpref-codes.7 "$(DESTDIR)$(MANDIR)/man7/httpref-codes.7"
	install -m 644 completions/httpref.bash "$(DESTDIR)$(BASHCOMPDIR)/httpref"
	install -m 644 completions/_httpref "$(DESTDIR)$(ZSHCOMPDIR)/_httpref"
	install -m 644 completions/httpref.fish "$(DESTDIR)$(FISHCOMPDIR)/httpref.fish"

# Removes exactly the files install put; directories are left, since other
# packages share them.
uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/httpref" \
		"$(DESTDIR)$(MANDIR)/man1/httpref.1" \
		"$(DESTDIR)$(MANDIR)/man7/httpref-codes.7" \
		"$(DESTDIR)$(BASHCOMPDIR)/httpref" \
		"$(DESTDIR)$(ZSHCOMPDIR)/_httpref" \
		"$(DESTDIR)$(FISHCOMPDIR)/httpref.fish"

check-install: all
	@echo "== tests/completion.sh"; bash tests/completion.sh
	@echo "== tests/install.sh"; sh tests/install.sh

lint-man: build/httpref-codes.7 build/httpref.1
	mandoc -T lint -W warning build/httpref.1 build/httpref-codes.7

.PHONY: install uninstall check-install lint-man

# Each record's constants against the status-code libraries installed here
# (python3, go, a JDK, spring-web, ruby-rack, the http crate's source, php
# with Symfony HttpFoundation, node with npm); the top of tests/constants.sh
# says which packages give them.  Not yet part of check.
check-constants:
	@echo "== tests/constants.sh"; sh tests/constants.sh

.PHONY: check-constants

# Releases.  make dist writes $(DIST).tar.gz into DISTDIR: the files git
# tracks (so no build product and nothing generated), under $(DIST)/, dated
# SOURCE_DATE_EPOCH, with no owner and the modes git knows, so that one
# commit always gives the same bytes.  distcheck builds and tests that
# tarball in an empty folder; check-repro builds twice in two folders and
# compares.  tests/deb.sh, which needs root, builds the Debian package.
DIST = httpref-$(VERSION)
DISTDIR = .

dist:
	@[ -e .git ] || { echo "make dist: not a git checkout: it packs the files git tracks" >&2; exit 1; }
	git ls-files -z -- . ':!.gitignore' ':!.gitattributes' | \
		tar --null -T - --transform 's,^,$(DIST)/,' --sort=name \
		--owner=0 --group=0 --numeric-owner --mode='a+rX,u+w,go-w' \
		--mtime='@$(SOURCE_DATE_EPOCH)' -I 'gzip -9n' -cf '$(DISTDIR)/$(DIST).tar.gz.tmp'
	mv '$(DISTDIR)/$(DIST).tar.gz.tmp' '$(DISTDIR)/$(DIST).tar.gz'

distcheck:
	@echo "== tests/dist.sh"; sh tests/dist.sh

check-repro:
	@echo "== tests/repro.sh"; sh tests/repro.sh

.PHONY: dist distcheck check-repro
