#!/bin/sh
# make dist, as a release is cut: the tarball is named for the version,
# holds every file git tracks and nothing else (no build product, nothing
# make would generate), comes out the same twice over, and unpacked in an
# empty folder, without git, builds, passes make check and installs.
# Slow (a whole make check), so CI runs it through make distcheck.
. "$(dirname "$0")/lib.sh"
# The make of this script's caller must not steer the ones below.
mk() { env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make "$@"; }

v=$(cat VERSION)
dist=httpref-$v
mkdir "$tmp/one" "$tmp/two" "$tmp/empty"

if mk -s dist DISTDIR="$tmp/one" >"$tmp/log" 2>&1 && [ -f "$tmp/one/$dist.tar.gz" ]; then ok
else no "make dist wrote no $dist.tar.gz:"; cat "$tmp/log"; fi
[ -z "$(ls "$tmp/one" | grep -v "^$dist\.tar\.gz$")" ] && ok ||
	no "make dist left besides the tarball: $(ls "$tmp/one")"

# The same bytes from a second run a second later.
sleep 1
mk -s dist DISTDIR="$tmp/two" >/dev/null 2>&1
cmp -s "$tmp/one/$dist.tar.gz" "$tmp/two/$dist.tar.gz" && ok ||
	no "two runs of make dist differ"

# Every tracked file but git's own, each under $dist/, and nothing else.
tar -tzf "$tmp/one/$dist.tar.gz" | sort >"$tmp/listed"
git ls-files -- . ':!.gitignore' ':!.gitattributes' | sed "s,^,$dist/," | sort >"$tmp/tracked"
if cmp -s "$tmp/listed" "$tmp/tracked"; then ok
else no "the tarball is not the tracked files (< tarball, > git):"; diff "$tmp/listed" "$tmp/tracked" | head; fi
if grep -E -e "^$dist/(build/|httpref$)" -e '\.(o|a|so)$' -e 'table_data\.c$' \
	-e 'httpref-codes\.7$' -e '\.tar\.gz$' "$tmp/listed"; then
	no "build products in the tarball (above)"
else
	ok
fi
tar -tvzf "$tmp/one/$dist.tar.gz" | awk '$2 != "0/0" { bad = 1 } END { exit bad }' && ok ||
	no "a file in the tarball has an owner"

# Unpacked in an empty folder, with no git to fall back on.
tar -C "$tmp/empty" -xzf "$tmp/one/$dist.tar.gz"
src=$tmp/empty/$dist
if [ "$(ls "$tmp/empty")" = "$dist" ] && [ ! -e "$src/.git" ]; then ok
else no "the tarball does not unpack to $dist/ alone"; fi
find "$src" -type f | sed "s,^$tmp/empty/,," | sort >"$tmp/unpacked"

if mk -C "$src" >"$tmp/log" 2>&1 && [ "$("$src/httpref" --version)" = "httpref $v" ]; then ok
else no "make in the unpacked tarball:"; tail -20 "$tmp/log"; fi
if mk -C "$src" check >"$tmp/log" 2>&1; then ok
else no "make check in the unpacked tarball:"; grep -E 'FAIL|Error|error:' "$tmp/log" | head -20; fi
if mk -C "$src" install DESTDIR="$tmp/root" PREFIX=/usr >"$tmp/log" 2>&1 &&
	[ -x "$tmp/root/usr/bin/httpref" ]; then ok
else no "make install from the unpacked tarball:"; tail -5 "$tmp/log"; fi

# make clean takes the tree back to what was unpacked.
mk -C "$src" clean >/dev/null 2>&1
find "$src" -type f | sed "s,^$tmp/empty/,," | sort >"$tmp/cleaned"
if cmp -s "$tmp/unpacked" "$tmp/cleaned"; then ok
else no "make check then make clean left (>):"; diff "$tmp/unpacked" "$tmp/cleaned" | head; fi

echo "dist: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
