#!/bin/sh
# Widths: every line of the help, and of every message for bad input, fits
# in 80 columns; every record at 40, 80 and 132 columns fits the width,
# its raw example aside, and long words break between their parts.
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

codes=$(ls data/[0-9]*.txt | sed 's|data/\(...\).*|\1|' | sort -u | tr '\n' ' ')
# prose FILE: the lines of records, without each record's raw example.
prose() {
	awk '/^Example$/ { ex = 1; next } ex && /^[^ ]/ { ex = 0 } !ex' "$1"
}

begin "every record fits 40, 80 and 132 columns, its example aside"
for w in 40 80 132; do
	# shellcheck disable=SC2086
	COLUMNS=$w hr $codes >"$tmp/out" 2>"$tmp/err"
	prose "$tmp/out" >"$tmp/prose"
	[ "$(grep -c '^Description$' "$tmp/prose")" -gt 50 ] || no "$w: too few records"
	fits "$w" "$tmp/prose" || no "lines wider than $w columns"
	! grep -n ' $' "$tmp/prose" | head -3 | grep . || no "$w: lines end in a space"
done
# A terminal gets the same widths.
script -qec "stty cols 40 rows 50; $bin 494 420" /dev/null </dev/null |
	sed 's/\x1b\[[0-9;]*m//g; s/\r$//' >"$tmp/out"
prose "$tmp/out" >"$tmp/prose"
fits 40 "$tmp/prose" || no "lines wider than a terminal of 40 columns"
end

begin "long URLs and header values break between their parts"
# Every word of the records, whole, from a width no line reaches.
# shellcheck disable=SC2086
COLUMNS=1000 hr $codes >"$tmp/wide"
for w in 40 80; do
	# shellcheck disable=SC2086
	COLUMNS=$w hr $codes >"$tmp/out"
	prose "$tmp/out" >"$tmp/prose"
	# A line that ends in part of a word, and a next line that starts
	# with the rest: the word must be too long for a line of its own,
	# and the part must hold no character it could have broken after
	# (/ - . , ; and the like, before something else).
	awk -v w="$w" 'NR == FNR { for (i = 1; i <= NF; i++) whole[$i] = 1; next }
		{
			if (prev != "" && NF > 0 && !($1 in whole) && $1 ~ /^[A-Za-z0-9]/) {
				joined = prev $1
				match($0, /^ */)
				for (t in whole)
					if (index(t, joined)) {
						if (length(t) <= w - RLENGTH ||
						    prev ~ /[\/,;?&#|.=_:)-][^\/,;?&#|.=_:) -]/) {
							print "  cut: " prev " | " $1
							bad = 1
						}
						break
					}
			}
			prev = NF > 0 && !($NF in whole) && $NF ~ /[A-Za-z0-9]$/ ? $NF : ""
		}
		END { exit bad }' "$tmp/wide" "$tmp/prose" || no "$w: a word cut between letters"
done
# One URL followed through: at 40 columns it breaks after a '/', not in a name.
COLUMNS=40 hr 494 >"$tmp/out"
grep -A1 -x '  https://nginx.org/en/docs/http/' "$tmp/out" | grep -qx '  ngx_http_core_module.html#' ||
	{ no "494's nginx URL not broken after /docs/http/"; grep -n 'nginx.org' "$tmp/out"; }
end

finish width
