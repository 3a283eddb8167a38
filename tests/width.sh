#!/bin/sh
# Widths: every line of the help, and of every message for bad input, fits
# in 80 columns.
. tests/harness.sh

# fits WIDTH FILE: no line of FILE is wider than WIDTH columns (UTF-8 read
# as one column a character).
fits() {
	LC_ALL=C.UTF-8 awk -v w="$1" 'length($0) > w { print "  " length($0) ": " $0; bad = 1 }
		END { exit bad }' "$2"
}

begin "every line of --help fits in 80 columns"
run --help
status_is 0
fits 80 "$tmp/out" || no "--help has lines wider than 80"
[ "$(wc -l <"$tmp/out")" -gt 20 ] || no "the help is too short to be the help"
end

finish width
