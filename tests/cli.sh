#!/bin/sh
# The built binary, run as a user would: stdout, stderr and exit status
# checked for each behaviour.  Expected text is written here by hand or
# read from data/, never taken from httpref's own output.
. tests/harness.sh

begin "a code prints its detail view"
run 501
status_is 0; err_empty
head -2 "$tmp/out" | cmp -s - <<'X' || no "title lines"
501 Not Implemented
Server Error, registered (IANA)
X
out_has "Reference: $(field data/501.txt reference)"
for h in "Common causes" "How to fix it" "Common mistakes" "Insight" "Headers" \
    "How clients react" "Cacheable by default: yes" "Related" "Example"; do
	out_has "$h"
done
out_has "  $(field data/501.txt summary | cut -c1-40)"
end

begin "prose is wrapped to 80 columns when piped, COLUMNS when set"
run 429
awk '/^Example$/ { exit } length > 80 { bad = 1 } END { exit bad }' "$tmp/out" || no "line over 80"
COLUMNS=50 run 429
awk '/^Example$/ { exit } length > 50 { bad = 1 } END { exit bad }' "$tmp/out" || no "line over 50"
# widest WIDTH: the longest prose line (before the example) is exactly
# WIDTH columns: long enough to have used the width, never past it.
widest() {
	got=$(awk '/^Example$/ { exit } length > m { m = length } END { print m + 0 }' "$tmp/out")
	[ "$got" -eq "$1" ] || no "COLUMNS=$COLS: the widest prose line is $got, want $1"
}
for COLS in junk 0 -5 1001 80x "" 99999999999999999999; do
	COLUMNS=$COLS run 429
	status_is 0; err_empty
	widest 80
done
# Never narrower than 20: 5 wraps as 20 does, and 20 differs from 21.
COLUMNS=20 run 429
cp "$tmp/out" "$tmp/w20"
COLUMNS=5 run 429
cmp -s "$tmp/out" "$tmp/w20" || no "COLUMNS=5 is not wrapped at 20"
COLUMNS=21 run 429
cmp -s "$tmp/out" "$tmp/w20" && no "COLUMNS=21 wraps as 20 does"
COLS=1000; COLUMNS=1000 run 429
awk '/^Example$/ { exit } length > 200 { long = 1 } END { exit !long }' "$tmp/out" ||
	no "COLUMNS=1000 did not widen the text"
end

begin "several codes, in the order given"
run 404 500
status_is 0; err_empty
[ "$(grep -n -e '^404 Not Found$' -e '^500 Internal Server Error$' "$tmp/out" | cut -d: -f2)" = \
  "$(printf '404 Not Found\n500 Internal Server Error')" ] || no "order"
grep -B1 '^500 Internal Server Error$' "$tmp/out" | head -1 | grep -q '^$' || no "no blank line between"
end

begin "a code with two meanings shows both, labelled"
run 420
status_is 0
[ "$(grep -c '^420 ' "$tmp/out")" -eq 2 ] || no "want two 420 records"
out_has "Client Error, unofficial (Twitter)"
out_has "Client Error, unofficial (Spring Framework)"
end

begin "masks and classes list one line per code"
n5=$(grep -l '^code: 5' data/[0-9]*.txt | wc -l)
run 5xx
status_is 0; err_empty
[ "$(wc -l <"$tmp/out")" -eq "$n5" ] || no "want $n5 lines"
grep -qv '^5[0-9][0-9] ' "$tmp/out" && no "a line not starting with 5xx"
cp "$tmp/out" "$tmp/5xx"
# The codes of every 5xx record, from data/, in order: what each form of
# the class must list.
want5=$(sed -n 's/^code: \(5[0-9][0-9]\)$/\1/p' data/[0-9]*.txt | sort | tr '\n' ' ')
[ "$(cut -c1-3 "$tmp/out" | tr '\n' ' ')" = "$want5" ] || no "5xx lists other codes"
for arg in "--class 5xx" "--class 5" "--class server-error" "--class=Server-Error" "-c 5"; do
	# shellcheck disable=SC2086
	run $arg
	status_is 0; err_empty
	[ "$(cut -c1-3 "$tmp/out" | tr '\n' ' ')" = "$want5" ] || no "$arg lists other codes"
	grep -q '^502 Bad Gateway  ' "$tmp/out" || no "$arg: no 502 line"
done
run --class 0
out_is "000 No Response (unofficial, curl)    $(field data/000.txt summary)"
run 50x
grep -qv '^50[0-9] ' "$tmp/out" && no "50x: a line not 50x"
out_has "503 Service Unavailable"
run 5x3
# Written by hand from data/: every record whose code is 5?3.
[ "$(cut -c1-3 "$tmp/out" | tr '\n' ' ')" = \
  "$(sed -n 's/^code: \(5[0-9]3\)$/\1/p' data/[0-9]*.txt | sort | tr '\n' ' ')" ] ||
	no "5x3 lists $(cut -c1-3 "$tmp/out" | tr '\n' ' ')"
run xx4
[ "$(cut -c1-3 "$tmp/out" | sort -u | tr '\n' ' ')" = \
  "$(sed -n 's/^code: \([0-9][0-9]4\)$/\1/p' data/[0-9]*.txt | sort -u | tr '\n' ' ')" ] ||
	no "xx4: only the last digit decides: $(cut -c1-3 "$tmp/out" | tr '\n' ' ')"
end

begin "--class 5xx | grep Gateway"
hr --class 5xx | grep Gateway >"$tmp/out"
out_has "502 Bad Gateway"
out_has "504 Gateway Timeout"
out_lacks "500 "
end

begin "--list lists every record"
run --list
status_is 0; err_empty
[ "$(wc -l <"$tmp/out")" -eq "$(records)" ] || no "want $(records) lines"
out_has "404 Not Found"
out_has "499 Client Closed Request (unofficial, nginx)"
end

begin "--json is valid JSON with every field"
run --json --list
status_is 0; err_empty
[ "$(jq length "$tmp/out")" -eq "$(records)" ] || no "record count"
keys=$(jq -c '.[0] | keys_unsorted' "$tmp/out")
[ "$keys" = '["code","name","class","status","source","reference","aliases","summary","description","causes","fixes","mistakes","insight","headers","cacheable","retry","clients","related","constants","sources","example"]' ] || no "keys: $keys"
# Every record's fields, read from data/ by tests/fields.awk.
awk -f tests/fields.awk data/[0-9]*.txt | sort >"$tmp/want"
jq -r '.[] | [(.code | tostring | ("00" + .)[-3:]), .name, .status, .source, .reference,
	.summary, (.causes | length | tostring)] | join("\t")' "$tmp/out" | sort >"$tmp/got"
cmp -s "$tmp/want" "$tmp/got" || { no "fields differ from data/"; diff "$tmp/want" "$tmp/got" | head -4; }
run --json 420 404
[ "$(jq -r '[.[].code] | join(" ")' "$tmp/out")" = "420 420 404" ] || no "codes"
[ "$(jq -r '.[2].reference' "$tmp/out")" = "$(field data/404.txt reference)" ] || no "reference"
run --json 5xx
[ "$(jq length "$tmp/out")" -eq "$n5" ] || no "mask in json"
run --json 299
status_is 1
[ "$(jq length "$tmp/out")" -eq 0 ] || no "empty array"
end

begin "colour: flag, NO_COLOR, CLICOLOR_FORCE, TERM=dumb, terminal"
run --color=always 404
out_has "$(esc)["
run --color=never 404
out_lacks "$(esc)"
run 404
out_lacks "$(esc)"
CLICOLOR_FORCE=1 run 404
out_has "$(esc)["
CLICOLOR_FORCE=0 run 404
out_lacks "$(esc)"
CLICOLOR_FORCE= run 404
out_lacks "$(esc)"
NO_COLOR= CLICOLOR_FORCE=1 run 404
out_has "$(esc)["
NO_COLOR= run --color 404
out_has "$(esc)["
NO_COLOR=1 CLICOLOR_FORCE=1 run 404
out_lacks "$(esc)"
NO_COLOR=1 run --color=always 404
out_has "$(esc)["
run --colour 404
out_has "$(esc)["
run --color=always --no-color 404
out_lacks "$(esc)"
CLICOLOR_FORCE=1 run --no-colour 404
out_lacks "$(esc)"
script -qec "$wrap $bin --no-color 404" /dev/null >"$tmp/out" 2>&1 </dev/null
out_lacks "$(esc)"
# On a terminal, under $wrap too (valgrind's verdict is the status).
script -qec "$wrap $bin 404; echo status=\$?" /dev/null >"$tmp/out" 2>&1 </dev/null
out_has "$(esc)["
out_has "status=0"
TERM=dumb script -qec "$wrap $bin 404; echo status=\$?" /dev/null >"$tmp/out" 2>&1 </dev/null
out_lacks "$(esc)"
out_has "status=0"
script -qec "$wrap $bin --class 4xx | cat; echo status=\$?" /dev/null >"$tmp/out" 2>&1 </dev/null
out_lacks "$(esc)"
out_has "status=0"
end

begin "on a terminal: its width, and one-line summaries cut to it"
# script(1) gives httpref a terminal; stty sets its size.  Escapes and the
# terminal's carriage returns are removed before measuring.
script -qec "stty cols 50 rows 40; $wrap $bin 429" /dev/null </dev/null |
	sed 's/\x1b\[[0-9;]*m//g; s/\r$//' >"$tmp/out"
awk '/^Example$/ { exit } length > 50 { bad = 1 } END { exit bad }' "$tmp/out" ||
	no "detail wider than the 50-column terminal"
out_has "429 Too Many Requests"
script -qec "stty cols 50 rows 40; $wrap $bin --class 4xx" /dev/null </dev/null |
	sed 's/\x1b\[[0-9;]*m//g; s/\r$//' >"$tmp/out"
awk 'length > 50 { bad = 1 } END { exit bad }' "$tmp/out" || no "a list line wider than 50"
grep -q '^404 Not Found  *The [a-z]*\.\.\.$' "$tmp/out" || no "summary not cut with ..."
end

begin "--json for every kind of query"
printf 'HTTP/1.1 404 Not Found\n' | hr --json - >"$tmp/out"
[ "$(jq -r '.[0].code' "$tmp/out")" = 404 ] || no "json from stdin"
run --json -s "gateway timeout" --official
[ "$(jq -r '[.[].status] | unique | join(",")' "$tmp/out")" = registered ] || no "json search, official"
run --json "payload too large"
[ "$(jq -r '.[0].aliases | index("Payload Too Large")' "$tmp/out")" = 0 ] || no "json by name"
end

begin "--help and --version"
run --help
status_is 0; err_empty
out_has "usage: httpref"
out_has "--class CLASS"
run -h
status_is 0
out_has "usage: httpref"
run --version
status_is 0; err_empty
out_is "httpref $(cat VERSION)"
end

begin "bad options: one line, a hint, exit 2"
run --bogus 404
status_is 2; out_empty
err_is "httpref: unknown option '--bogus'
$hint"
run -z
status_is 2
err_is "httpref: unknown option '-z'
$hint"
run --class
status_is 2
err_is "httpref: option '--class' needs a value
$hint"
run 404 -c
status_is 2
err_is "httpref: option '-c' needs a value
$hint"
run --class 6xx
status_is 2; out_empty
err_is "httpref: --class: '6xx' is not a class (1 to 5, 1xx to 5xx, or a name)
$hint"
run --color=pink 404
status_is 2; out_empty
err_is "httpref: --color: 'pink' is not auto, always or never
$hint"
run
status_is 2; out_empty
err_is "usage: httpref [-bhjlV] [-c class] [-s words] [-S sections] [--color[=when]]
               [--compare | --guide] [--lang lang] [--official | --unofficial]
               [--no-color] [--no-pager] [code | mask | name | constant | - ...]
$hint"
end

begin "a code not in the table"
run 600
status_is 1; out_empty
err_is "httpref: 600: not a status code (classes run from 1xx to 5xx)"
run 001
status_is 1
err_is "httpref: 001: not a status code (classes run from 1xx to 5xx)"
run 404 299
status_is 1
out_has "404 Not Found"
run 6xx
status_is 1; out_empty
err_is "httpref: 6xx: no status code matches"
end

begin "names and old names"
run "not found"
status_is 0
head -1 "$tmp/out" | grep -qx '404 Not Found' || no "not found"
run "PAYLOAD TOO LARGE"
head -1 "$tmp/out" | grep -qx '413 Content Too Large' || no "alias"
run teapot
head -1 "$tmp/out" | grep -q '^418 ' || no "teapot"
run qqqqqq
status_is 1; out_empty
err_is "httpref: 'qqqqqq': no status code has that name"
run ""
status_is 2
err_is "httpref: '': empty query"
run "$(printf 'a\033[31mb')"
status_is 1
err_is "httpref: 'a\\x1b[31mb': no status code has that name"
end

begin "output errors"
hr 200 >/dev/full 2>"$tmp/err"; status=$?
status_is 3
err_is "httpref: write error: No space left on device"
hr --list >&- 2>"$tmp/err"; status=$?
status_is 3
err_is "httpref: write error: Bad file descriptor"
{ hr --list 2>"$tmp/err"; } | head -1 >"$tmp/out"
err_empty
[ "$(wc -l <"$tmp/out")" -eq 1 ] || no "head -1"
end

begin "full-text search, best match first"
run -s timeout
status_is 0; err_empty
head -1 "$tmp/out" | grep -q '^408 Request Timeout ' || no "408 first"
grep -qv '^[0-9][0-9][0-9] ' "$tmp/out" && no "a line not starting with a code"
run --search=retry-after
out_has "429 Too Many Requests"
out_has "503 Service Unavailable"
run -s "gateway timeout" --json
[ "$(jq -r ".[0].code" "$tmp/out")" = 504 ] || { no "json search"; head -c 200 "$tmp/out"; cat "$tmp/err"; }
run -s zzqx
status_is 1; out_empty
err_is "httpref: --search: 'zzqx': no record holds every word"
run -s ""
status_is 2
err_is "httpref: --search: '': no word to search for"
end

begin "near misses suggest, unassigned codes explain, exit 1"
run 4O4
status_is 1; out_empty
err_is "httpref: '4O4': no such code or name; did you mean 404 Not Found?"
run 4044
status_is 1
err_is "httpref: '4044': not a status code (a code has three digits);
  did you mean 404 Not Found, 444 No Response?"
run 40
status_is 1
err_is "httpref: '40': not a status code (a code has three digits);
  did you mean 400 Bad Request, 401 Unauthorized, 402 Payment Required,
  403 Forbidden, 404 Not Found?"
run "bad gatway"
status_is 1
err_is "httpref: 'bad gatway': no such code or name; did you mean 502 Bad Gateway?"
run 299
status_is 1; out_empty
err_is "httpref: 299: unassigned code in the 2xx range (Success: the server did what was
  asked); nearest: 226 IM Used"
run 427
err_is "httpref: 427: unassigned code in the 4xx range (Client Error: the request itself
  is at fault); nearest: 426 Upgrade Required, 428 Precondition Required"
long=$(printf '%0129d' 0 | tr 0 a)
run "$long"
status_is 2; out_empty
err_is "httpref: '$(printf '%0034d' 0 | tr 0 a)...': query longer than 128 bytes"
end

begin "--official, --unofficial, --brief"
run --official --list
status_is 0
[ "$(wc -l <"$tmp/out")" -eq "$(grep -L '^status: unofficial' data/[0-9]*.txt | wc -l)" ] || no "official count"
out_lacks "(unofficial"
run --unofficial 4xx
grep -qv '(unofficial, ' "$tmp/out" && no "an official code in --unofficial"
out_has "499 Client Closed Request (unofficial, nginx)"
run --official 499
status_is 0
[ "$(grep -c '^499 ' "$tmp/out")" -eq 2 ] || no "a code asked by number is always shown"
run --brief 404 500
status_is 0
[ "$(cut -c1-4 "$tmp/out" | tr -d '\n')" = "404 500 " ] || no "brief lines"
end

begin "--section prints only the parts asked for"
run 429 --section fixes
status_is 0
head -1 "$tmp/out" | grep -qx '429 Too Many Requests' || no "title"
out_has "How to fix it"
out_lacks "Common causes"
out_lacks "Reference:"
run -S fixes,headers -S reference 429
out_has "How to fix it"
out_has "Headers"
out_has "Reference: $(field data/429.txt reference)"
out_lacks "Example"
run -S fixes,bogus 429
status_is 2; out_empty
err_is "httpref: --section: 'bogus' is not a section (see --help)
$hint"
end

begin "standard input: status lines, bare codes, anything else skipped"
printf 'HTTP/1.1 301 Moved Permanently\r\nLocation: /x\r\n\r\nHTTP/2 404\r\nserver: x\r\n' |
	hr --brief - >"$tmp/out" 2>"$tmp/err"; status=$?
status_is 0; err_empty
[ "$(cut -c1-3 "$tmp/out" | tr '\n' ' ')" = "301 404 " ] || no "status lines"
printf '200\n  503\nfoo\n' | hr - >"$tmp/out" 2>"$tmp/err"; status=$?
status_is 0
[ "$(grep -c -e '^200 OK$' -e '^503 Service Unavailable$' "$tmp/out")" -eq 2 ] || no "bare codes"
printf 'nothing here\n' | hr - >"$tmp/out" 2>"$tmp/err"; status=$?
status_is 1; out_empty
err_is "httpref: -: no status line or code in the input"
printf 'HTTP/1.1 299 Odd\n' | hr - >"$tmp/out" 2>"$tmp/err"; status=$?
status_is 1
err_is "httpref: 299: unassigned code in the 2xx range (Success: the server did what was
  asked); nearest: 226 IM Used"
head -c 300000 /dev/urandom | hr - >"$tmp/out" 2>"$tmp/err"; status=$?
[ "$status" -le 1 ] || no "random bytes: exit $status"
hr - </dev/null >"$tmp/out" 2>"$tmp/err"; status=$?
status_is 1
end

begin "bad input: each answer decided and documented"
run "   "
status_is 2; out_empty
err_is "httpref: '   ': empty query"
run " 404 "
status_is 0
head -1 "$tmp/out" | grep -qx '404 Not Found' || no "spaces around a code"
run +200
status_is 1; out_empty
err_is "httpref: '+200': not a status code (a code has three digits);
  did you mean 200 OK?"
run 0404
status_is 1
err_is "httpref: '0404': not a status code (a code has three digits);
  did you mean 404 Not Found?"
run 99999999999999999999999
status_is 1
err_is "httpref: '99999999999999999999999': not a status code (a code has three digits)"
run -1
status_is 2
err_is "httpref: unknown option '-1'
$hint"
run -- -1
status_is 1; out_empty
err_is "httpref: '-1': not a status code (a code has three digits)"
run -- --list
status_is 1; out_empty
run "$(printf 'caf\303\251')"
status_is 1
err_is "httpref: 'caf\\xc3\\xa9': no status code has that name"
run "$(printf '\377\376x')"
status_is 1
err_is "httpref: '\\xff\\xfex': no status code has that name"
# Linux caps one argument at 128 KiB, so the largest is tried here; a
# mebibyte goes through standard input below.
big=$(head -c 100000 /dev/zero | tr '\0' 4)
run "$big"
status_is 2; out_empty
[ "$(wc -l <"$tmp/err")" -eq 1 ] || no "one line for a huge argument"
run -s "$big"
status_is 2
head -c 1048576 /dev/zero | tr '\0' 5 | hr - >"$tmp/out" 2>"$tmp/err"; status=$?
status_is 1
err_is "httpref: -: no status line or code in the input"
end

begin "options: odd places, repeats, missing values"
run 404 --json
[ "$(jq -r '.[0].code' "$tmp/out")" = 404 ] || no "option after the argument"
run --color=always --color=never 404
out_lacks "$(esc)"
run -c 4 -c 5
cmp -s "$tmp/out" "$tmp/5xx" || no "the last --class counts"
for opt in -s -S -c --search --section; do
	run 404 $opt
	status_is 2; out_empty
	err_is "httpref: option '$opt' needs a value
$hint"
done
end

begin "write errors on every output path"
for args in "--help" "--version" "--json --list" "-s timeout" "500"; do
	# shellcheck disable=SC2086
	hr $args >/dev/full 2>"$tmp/err"; status=$?
	status_is 3
	err_is "httpref: write error: No space left on device"
done
(trap '' PIPE; hr --list 2>"$tmp/err" | head -1 >/dev/null; exit 0)
err_empty
end

begin "--official and --unofficial narrow names too, and say why"
run --official "client closed request"
status_is 1; out_empty
err_is "httpref: 'client closed request' is 499 Client Closed Request, not registered"
run --unofficial "not found"
status_is 1; out_empty
err_is "httpref: 'not found' is 404 Not Found, a registered code"
run --unofficial "closed request"
status_is 0; err_empty
out_has "499 Client Closed Request"
end

begin "a hint names the meaning that was misspelt, not the code's first"
run "enhance yur calm"
status_is 1; out_empty
err_is "httpref: 'enhance yur calm': no such code or name;
  did you mean 420 Enhance Your Calm?"
run "client closd request"
err_is "httpref: 'client closd request': no such code or name;
  did you mean 499 Client Closed Request?"
end

begin "standard input that cannot be read is an error, status 1"
hr - </ >"$tmp/out" 2>"$tmp/err"; status=$?
status_is 1; out_empty
err_is "httpref: -: read error: Is a directory"
end

begin "a reader that closes a long output early: quiet, and the status says so"
# --json --list is far larger than a pipe's buffer, so the write fails.
[ "$(hr --json --list | wc -c)" -gt 262144 ] || no "the output is too short to test this"
# With SIGPIPE ignored the write fails with EPIPE: status 3, no message.
(trap '' PIPE; hr --json --list 2>"$tmp/err"; echo $? >"$tmp/status") | head -c 100 >/dev/null
[ "$(cat "$tmp/status")" = 3 ] || no "SIGPIPE ignored: status $(cat "$tmp/status"), want 3"
err_empty
# With SIGPIPE at its default the program ends by the signal, silently.
(hr --json --list 2>"$tmp/err"; echo $? >"$tmp/status") | head -c 100 >/dev/null
[ "$(cat "$tmp/status")" = 141 ] || no "SIGPIPE: status $(cat "$tmp/status"), want 141"
err_empty
end

begin "bytes that are not text are escaped in messages, DEL too"
run "$(printf 'a\177b')"
status_is 1; out_empty
err_is "httpref: 'a\\x7fb': no status code has that name"
run "$(printf '\033[31mred')"
err_is "httpref: '\\x1b[31mred': no status code has that name"
end

begin "-s searches every prose field, mistakes too"
# "equality" is written only in 304's mistakes (checked against data/).
[ "$(grep -il 'equality' data/[0-9]*.txt)" = data/304.txt ] || no "the fixture word moved"
run -s equality
status_is 0; err_empty
[ "$(cut -c1-3 "$tmp/out")" = 304 ] || no "-s equality does not find 304 alone"
end

finish cli
