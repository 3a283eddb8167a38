#!/bin/sh
# The generator against fixtures: every directory under tests/gen/good must
# be accepted, and every one under tests/gen/bad must be refused with
# exactly the messages in its file "expected".
gen=${1:-build/httpref-gen}
pass=0 fail=0
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

for dir in tests/gen/good/*/; do
	dir=${dir%/}
	# The table it writes must be C that compiles with the project's flags.
	if "$gen" "$dir"/*.txt >"$tmp/out.c" 2>"$tmp/err" && [ ! -s "$tmp/err" ] &&
	    ${CC:-cc} -std=c11 -Wall -Wextra -Wpedantic -Werror -Iinclude \
		-fsyntax-only "$tmp/out.c" 2>"$tmp/err"; then
		pass=$((pass + 1))
	else
		echo "FAIL: $dir was refused, or its table does not compile:"; cat "$tmp/err"
		fail=$((fail + 1))
	fi
done

# refused DIR ARGS...: the generator, given ARGS, must exit 1 with no
# output and exactly the messages of DIR/expected.
refused() {
	dir=$1; shift
	"$gen" "$@" >"$tmp/out" 2>"$tmp/err"
	status=$?
	if [ "$status" -eq 1 ] && [ ! -s "$tmp/out" ] &&
	    diff -u "$dir/expected" "$tmp/err" >"$tmp/diff"; then
		pass=$((pass + 1))
	else
		echo "FAIL: $dir (exit $status)"; cat "$tmp/diff"
		fail=$((fail + 1))
	fi
}

for dir in tests/gen/bad/*/; do
	dir=${dir%/}
	refused "$dir" "$dir"/*.txt
done

# taken WHAT LINE ARGS...: the generator, given ARGS, says nothing, writes
# a table holding LINE, and the table compiles.
taken() {
	what=$1 line=$2; shift 2
	if "$gen" "$@" >"$tmp/out.c" 2>"$tmp/err" && [ ! -s "$tmp/err" ] &&
	    grep -qF "$line" "$tmp/out.c" &&
	    ${CC:-cc} -std=c11 -Wall -Wextra -Wpedantic -Werror -Iinclude \
		-fsyntax-only "$tmp/out.c" 2>"$tmp/err"; then
		pass=$((pass + 1))
	else
		echo "FAIL: $what was refused, or its table is wrong:"; cat "$tmp/err"
		fail=$((fail + 1))
	fi
}

# The guide and the vendor signatures, over the records of good/lf: the
# good ones are taken, each bad one refused with exactly its messages.
records=tests/gen/good/lf
taken "the good guide" "httpref_guide_count = 2;" \
	-g tests/gen/guide/good/guide.txt "$records"/*.txt
for dir in tests/gen/guide/bad-*/; do
	dir=${dir%/}
	refused "$dir" -g "$dir/guide.txt" "$records"/*.txt
done
taken "the good vendors" "httpref_vendor_count = 2;" \
	-v tests/gen/vendors/good/vendors.txt "$records"/*.txt
for dir in tests/gen/vendors/bad-*/; do
	dir=${dir%/}
	refused "$dir" -v "$dir/vendors.txt" "$records"/*.txt
done

# The content lint (-l) over a record set far below the bar: among all it
# reports, the rules picked here by hand.
lint=tests/gen/lint/bad-summary
"$gen" -l "$lint"/*.txt >"$tmp/out" 2>"$tmp/err"
status=$?
for want in "$lint/404.txt:6: summary: end it with a full stop" \
    "data: 418: the IANA registry has it, data/ does not" \
    "data: 100: the IANA registry has it, data/ does not"; do
	if [ "$status" -eq 1 ] && grep -qxF "$want" "$tmp/err"; then
		pass=$((pass + 1))
	else
		echo "FAIL: lint (exit $status) does not say: $want"
		fail=$((fail + 1))
	fi
done

echo "gen: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
