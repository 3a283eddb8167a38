#!/bin/sh
# Reproducible builds: the same sources built in two folders of different
# paths, a second later, with the files' times and the time zone changed,
# give byte for byte the same program, generator and manual pages.  Then
# SOURCE_DATE_EPOCH, as dpkg-buildpackage sets it, dates httpref-codes(7).
. "$(dirname "$0")/lib.sh"
mk() { env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u SOURCE_DATE_EPOCH make "$@"; }

# The products compared: what make builds and install puts in place.
products="httpref build/httpref-gen build/httpref.1 build/httpref-codes.7"

# copy DIR: the sources, without git (so no commit date either) and
# without anything built.
copy() {
	mkdir -p "$1"
	tar -cf - --exclude=./.git --exclude=./build --exclude=./httpref \
		--exclude='./httpref-*.tar.gz' . | tar -C "$1" -xf -
}

a=$tmp/a/httpref
b=$tmp/second/folder/with/a/longer/path/src
copy "$a"
copy "$b"
find "$b" -exec touch -d '2031-06-15 12:00:00' {} +

mk -C "$a" >"$tmp/log" 2>&1 || { no "make in $a:"; tail -5 "$tmp/log"; }
sleep 1
TZ=Pacific/Kiritimati mk -C "$b" >"$tmp/log" 2>&1 || { no "make in $b:"; tail -5 "$tmp/log"; }
for f in $products; do
	if cmp -s "$a/$f" "$b/$f"; then ok; else no "$f differs between the two builds"; fi
done

# No trace of either folder in what was built.
for f in $products; do
	if grep -q -e "$a" -e "$b" -e "$tmp" "$b/$f"; then no "$f holds its build path"; else ok; fi
done

# SOURCE_DATE_EPOCH reaches the page through make: 1700000000 is
# 2023-11-14 22:13:20 UTC.
rm -f "$a/build/httpref-codes.7"
mk -C "$a" SOURCE_DATE_EPOCH=1700000000 >"$tmp/log" 2>&1 || no "make with SOURCE_DATE_EPOCH"
got=$(sed -n 's/^\.Dd //p' "$a/build/httpref-codes.7")
[ "$got" = "November 14, 2023" ] && ok || no "SOURCE_DATE_EPOCH=1700000000 dated the page '$got'"

echo "repro: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
