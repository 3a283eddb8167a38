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

begin "every message for bad input fits in 80 columns"
long=$(printf '%0300d' 0 | tr 0 x)
: >"$tmp/all"
# msg ARGS...: httpref's messages for ARGS, added to $tmp/all.
msg() { hr "$@" >/dev/null 2>>"$tmp/all"; }
msg --bogus; msg "--$long"; msg -z; msg "-$long"
for opt in --class -c -s -S --lang --search --section; do msg 404 "$opt"; done
msg --class 6xx; msg --class "$long"; msg --color=pink; msg "--color=$long"
msg -S "fixes,$long"; msg -S "$long"; msg --lang cobol; msg --lang "$long"
msg ""; msg "   "; msg "$long"; msg "$(printf 'a\033[31mb')"; msg "$(printf '\377%s' "$long")"
msg 4O4; msg 4044; msg 40; msg "bad gatway"; msg qqqqqq; msg +200; msg 0404
msg 99999999999999999999999; msg 6xx; msg StatusTooManyRequest; msg "x$long y"
msg "$(printf 'caf\303\251 %s' "$long")"
msg -s ""; msg -s "$long"; msg -s "$(printf 'w%d ' $(seq 1 20))"; msg -s zzqx
msg -s "zzqx $long"
msg --compare 401; msg --compare 4xx 401; msg --compare 401 qqq; msg --compare 401 "$long"
msg --compare 400 401 402 403 404 405 406 407 408; msg --compare "$long" "x$long"
msg --guide zzz; msg --guide "$long"; msg --guide auth limits; msg --guide --compare 401 403
msg
printf 'nothing here\n' | msg -
printf 'HTTP/1.1 299 Odd\nHTTP/1.1 999 Odd\n' | msg -
# Every code that has no record: each range's message, with its nearest codes.
code=0
while [ "$code" -le 999 ]; do
	set -- data/$(printf '%03d' "$code")*.txt
	[ -e "$1" ] || msg "$(printf '%03d' "$code")"
	code=$((code + 1))
done
# A bad answer to the guide on a terminal, as long as it reads one, and
# then b: its message, taken from the screen from "httpref: " on.
ans=$(printf '%031d' 0 | tr 0 y)
printf '1\n%s\nq\n' "$ans" | script -qec "$bin --color=never --guide" /dev/null 2>&1 |
	tr -d '\r' | awk '/httpref: / { on = 1; sub(/.*httpref: /, "httpref: "); print; next }
		on && /^  / { print; next } { on = 0 }' >>"$tmp/all"
fits 80 "$tmp/all" || no "messages wider than 80 columns"
[ "$(grep -c '^httpref: ' "$tmp/all")" -gt 500 ] || no "fewer messages than cases"
grep -q "^httpref: --guide: '$ans': answer" "$tmp/all" ||
	no "no message from the guide on a terminal"
end

finish width
