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

for dir in tests/gen/bad/*/; do
	dir=${dir%/}
	"$gen" "$dir"/*.txt >"$tmp/out" 2>"$tmp/err"
	status=$?
	if [ "$status" -eq 1 ] && [ ! -s "$tmp/out" ] &&
	    diff -u "$dir/expected" "$tmp/err" >"$tmp/diff"; then
		pass=$((pass + 1))
	else
		echo "FAIL: $dir (exit $status)"; cat "$tmp/diff"
		fail=$((fail + 1))
	fi
done

# The guide, over the records of good/lf: the good one is taken and its
# table compiles; each bad one is refused with exactly its messages.
records=tests/gen/good/lf
if "$gen" -g tests/gen/guide/good/guide.txt "$records"/*.txt >"$tmp/out.c" 2>"$tmp/err" &&
    [ ! -s "$tmp/err" ] && grep -q 'httpref_guide_count = 2;' "$tmp/out.c" &&
    ${CC:-cc} -std=c11 -Wall -Wextra -Wpedantic -Werror -Iinclude \
	-fsyntax-only "$tmp/out.c" 2>"$tmp/err"; then
	pass=$((pass + 1))
else
	echo "FAIL: the good guide was refused, or its table is wrong:"; cat "$tmp/err"
	fail=$((fail + 1))
fi
for dir in tests/gen/guide/bad-*/; do
	dir=${dir%/}
	"$gen" -g "$dir/guide.txt" "$records"/*.txt >"$tmp/out" 2>"$tmp/err"
	status=$?
	if [ "$status" -eq 1 ] && [ ! -s "$tmp/out" ] &&
	    diff -u "$dir/expected" "$tmp/err" >"$tmp/diff"; then
		pass=$((pass + 1))
	else
		echo "FAIL: $dir (exit $status)"; cat "$tmp/diff"
		fail=$((fail + 1))
	fi
done

echo "gen: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
