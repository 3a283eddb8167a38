#!/bin/sh
# httpref(1) and httpref --help must document the same options: the long
# options, the short ones, and the class and section names.  A difference
# is printed as a diff, "<" for the help and ">" for the manual page.
cd "$(dirname "$0")/.." || exit 1
bin=${HTTPREF:-./httpref}
page=${HTTPREF_MAN:-man/httpref.1}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
export LC_ALL=C

if ! "$bin" --help >"$tmp/help" 2>&1; then
	echo "FAIL: $bin --help failed:"; cat "$tmp/help"
	echo "manopts: 0 passed, 1 failed"
	exit 1
fi

# The options part of the help: from "Options:" to the first line that is
# not indented.
awk '/^Options:/ { on = 1; next } on && !/^[ \t]/ { on = 0 } on' "$tmp/help" \
	>"$tmp/options"
# The OPTIONS section of the page, whose .It lines name the options.
awk '/^\.Sh / { on = ($2 == "OPTIONS") } on && /^\.It Fl /' "$page" >"$tmp/items"

# same WHAT HELP PAGE: the two files hold the same set of lines.
same() {
	sort -u "$2" >"$tmp/a"
	sort -u "$3" >"$tmp/b"
	if [ ! -s "$tmp/a" ]; then
		echo "FAIL: $1: none found in $bin --help"; fail=$((fail + 1))
	elif cmp -s "$tmp/a" "$tmp/b"; then
		pass=$((pass + 1))
	else
		echo "FAIL: $1 differ (< $bin --help, > $page):"
		diff "$tmp/a" "$tmp/b" | grep '^[<>]'
		fail=$((fail + 1))
	fi
}

# Long options: every --word of the options part, "--color[=WHEN]" and the
# "also spelled --colour" of a description alike; on the page, every
# "Fl \-word" of an .It line, each "\-" in it read as "-".
grep -oE -- '--[A-Za-z][A-Za-z0-9-]*' "$tmp/options" >"$tmp/help_long"
awk '{ for (i = 1; i < NF; i++) if ($i == "Fl" && $(i + 1) ~ /^\\-[A-Za-z]/) {
	o = $(i + 1); gsub(/\\-/, "-", o); print "-" o } }' "$tmp/items" >"$tmp/page_long"
same "long options" "$tmp/help_long" "$tmp/page_long"

# Short options: the "-x," or "-x" that starts an option line; on the page,
# "Fl x".
awk '$1 ~ /^-[A-Za-z],?$/ { sub(/,$/, "", $1); print $1 }' "$tmp/options" \
	>"$tmp/help_short"
awk '{ for (i = 1; i < NF; i++) if ($i == "Fl" && $(i + 1) ~ /^[A-Za-z],?$/)
	print "-" substr($(i + 1), 1, 1) }' "$tmp/items" >"$tmp/page_short"
same "short options" "$tmp/help_short" "$tmp/page_short"

# Class and section names: the help's "Classes:" and "Sections:" lists,
# each a line and the lines after it that start with a space; on the page,
# the names its lists give as ".It Cm name".
awk '/^(Classes|Sections):/ { on = 1; sub(/^[A-Za-z]+:/, ""); print; next }
	on && /^[ \t]/ { print; next } { on = 0 }' "$tmp/help" |
	awk '{ for (i = 1; i <= NF; i++) print $i }' >"$tmp/help_names"
awk '$1 == ".It" && $2 == "Cm" { print $3 }' "$page" >"$tmp/page_names"
same "class and section names" "$tmp/help_names" "$tmp/page_names"

echo "manopts: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
