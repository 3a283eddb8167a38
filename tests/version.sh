#!/bin/sh
# One version: the file VERSION sets it, and the program, both manual pages
# as built and debian/changelog must say the same; no other file may spell
# it out.  Then the date of httpref-codes(7), which follows
# SOURCE_DATE_EPOCH and never the clock.
. "$(dirname "$0")/lib.sh"

# same WHAT GOT: GOT is the version.
same() {
	if [ "$2" = "$v" ]; then ok; else no "$1 says '$2', VERSION says '$v'"; fi
}

v=$(cat VERSION)
if [ "$(wc -l <VERSION)" -eq 1 ] && printf '%s\n' "$v" | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+$'; then ok
else no "VERSION is not one line of three numbers: '$v'"; fi

same "httpref --version" "$(./httpref --version | sed -n 's/^httpref //p')"
same "build/httpref.1" "$(sed -n 's/^\.Os httpref //p' build/httpref.1)"
same "build/httpref-codes.7" "$(sed -n 's/^\.Os httpref //p' build/httpref-codes.7)"
same "debian/changelog" "$(sed -n '1s/^httpref (\([^)]*\)).*/\1/p' debian/changelog)"

# Nowhere else: a second copy would drift.  (debian/changelog keeps the
# past versions too, so it is left out.)
others=$(grep -rlF -e "$v" Makefile README.md src include man completions tests/*.c \
	debian --exclude=changelog --exclude-dir=.debhelper --exclude-dir=httpref)
if [ -z "$others" ]; then ok; else no "the version is also written in: $others"; fi

# page_date EPOCH: httpref-gen -m with SOURCE_DATE_EPOCH set to EPOCH;
# sets status, and got to the date on the page's .Dd line.
page_date() {
	SOURCE_DATE_EPOCH=$1 build/httpref-gen -m data/[0-9]*.txt >"$tmp/page" 2>"$tmp/err"
	status=$?
	got=$(sed -n 's/^\.Dd //p' "$tmp/page")
}
# date_is EPOCH WANT
date_is() {
	page_date "$1"
	if [ "$status" -eq 0 ] && [ "$got" = "$2" ]; then ok
	else no "SOURCE_DATE_EPOCH=$1 gives '$got' (status $status), want '$2'"; fi
}
date_is 0 "January 1, 1970"
date_is 1700000000 "November 14, 2023"
date_is 1709208000 "February 29, 2024"
date_is 253402300799 "December 31, 9999"

# Unset or empty: a fixed date, the same whenever it runs.
page_date ""
fixed=$got
if [ "$status" -eq 0 ] && printf '%s\n' "$fixed" | grep -Eq '^[A-Z][a-z]+ [1-9][0-9]?, [0-9]{4}$'; then ok
else no "with SOURCE_DATE_EPOCH empty: '$fixed' (status $status)"; fi
got=$(unset SOURCE_DATE_EPOCH; build/httpref-gen -m data/[0-9]*.txt | sed -n 's/^\.Dd //p')
[ "$got" = "$fixed" ] && ok || no "unset gives '$got', empty gives '$fixed'"

# A value that is not a count of seconds stops the run, names the
# variable, and writes no page.
for bad in abc -1 12abc " 5" 1.5 253402300800 99999999999999999999; do
	page_date "$bad"
	if [ "$status" -eq 1 ] && [ ! -s "$tmp/page" ] &&
		grep -q '^SOURCE_DATE_EPOCH: ' "$tmp/err"; then ok
	else no "SOURCE_DATE_EPOCH='$bad': status $status, page '$got'"; cat "$tmp/err"; fi
done

echo "version: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
