#!/bin/sh
# Choosing a code: --compare, lookups by constant and --lang.  Expected
# text is written here by hand or read from data/, never taken from
# httpref's own output.
. tests/harness.sh

begin "--compare: two codes side by side in 80 columns"
run --compare 502 504
status_is 0; err_empty
head -1 "$tmp/out" | grep -q '^ *502 Bad Gateway  *504 Gateway Timeout$' ||
	no "the first line names both codes in their columns"
for label in "Means" "Source" "Whose fault" "Retry" "Cacheable" "Headers" \
    "Clients" "How they differ"; do
	grep -q "^$label" "$tmp/out" || no "no row $label"
done
# Both summaries, word for word, in their columns.
for code in 502 504; do
	for w in $(field data/$code.txt summary); do out_has "$w"; done
done
awk 'length > 80 { bad = 1 } END { exit bad }' "$tmp/out" || no "a line is wider than 80"
grep -q '^Source  *registered (IANA)  *registered (IANA)$' "$tmp/out" || no "source row"
end

begin "--compare: stacked when columns would be too narrow"
COLUMNS=50 run --compare 401 403 429
status_is 0; err_empty
out_has "401 Unauthorized
403 Forbidden
429 Too Many Requests"
grep -q '^  401  ' "$tmp/out" || no "answers lead with the code"
awk 'length > 50 { bad = 1 } END { exit bad }' "$tmp/out" || no "a line is wider than 50"
grep -q '^Means$' "$tmp/out" || no "questions are headings"
end

begin "--compare: a code with two meanings gives both, a name and a constant work"
run --compare 420 "too many requests"
status_is 0; err_empty
out_has "420 Method Failure (Spring Framework)"
out_has "420 Enhance Your Calm (Twitter)"
out_has "429 Too Many Requests"
end

begin "--compare --json: one object per record"
run --json --compare 404 410
status_is 0; err_empty
[ "$(jq -r 'map(.code) | join(" ")' "$tmp/out")" = "404 410" ] || no "codes"
[ "$(jq -r '.[0] | keys_unsorted | join(",")' "$tmp/out")" = \
  "code,name,source,means,status,fault,retry,cacheable,headers,clients,differences" ] ||
	no "keys: $(jq -c '.[0] | keys_unsorted' "$tmp/out")"
[ "$(jq -r '.[0].status' "$tmp/out")" = registered ] || no "status"
[ "$(jq -r '.[1].cacheable' "$tmp/out")" = true ] || no "410 is cacheable"
[ "$(jq -r '.[0].means' "$tmp/out")" = "$(field data/404.txt summary)" ] || no "means"
end

begin "--compare: one code is a usage error, an unknown one is reported"
run --compare 401
status_is 2; out_empty
err_is "httpref: --compare: give two or more codes, such as httpref --compare 401 403
$hint"
run --compare 401 4O3 403
status_is 1
err_is "httpref: '4O3': no such code or name; did you mean 403 Forbidden?"
out_has "403 Forbidden"
run --compare 401 nonsenseword
status_is 1
err_is "httpref: 'nonsenseword': no status code has that name"
run --compare 4xx 503
status_is 2; out_empty
err_is "httpref: --compare: '4xx' is a mask; name the codes one by one"
end

begin "--guide: the whole tree as an outline when piped"
run --guide
status_is 0; err_empty
head -1 "$tmp/out" | grep -q '?$' || no "the first line is a question"
grep -i 'larger than' "$tmp/out" | grep -q -- '-> 413 Content Too Large$' ||
	no "grep -i 'larger than' finds 413 with its name"
grep -q -- '^    - Yes: a POST must stay a POST -> 308 Permanent Redirect$' "$tmp/out" ||
	no "an answer two questions deep is indented twice"
# Every code the guide leads to is shown with the name its record gives.
sed -n 's/.* -> \([0-9][0-9][0-9]\) \(.*\)$/\1 \2/p' "$tmp/out" | sort -u >"$tmp/leaves"
[ -s "$tmp/leaves" ] || no "no answer leads to a code"
while read -r code name; do
	[ "$name" = "$(field data/$code.txt name)" ] || no "$code is named '$name'"
done <"$tmp/leaves"
for code in 200 201 202 204 301 302 303 307 308 400 401 403 404 409 410 412 413 \
    415 422 428 429 502 503 504; do
	grep -q "^$code " "$tmp/leaves" || no "the guide never leads to $code"
done
end

begin "--guide TOPIC: only that part of the tree"
run --guide auth
status_is 0; err_empty
head -1 "$tmp/out" | grep -q '^What is wrong with who the client is?$' || no "first line"
out_has "-> 401 Unauthorized"
out_has "-> 403 Forbidden"
out_lacks "-> 413 "
run --brief --guide redirect
status_is 0
out_has "-> 308 Permanent Redirect"
end

begin "--guide: an unknown topic lists the topics, status 2"
run --guide nope
status_is 2; out_empty
err_is "httpref: --guide: 'nope' is not a topic; topics: success redirect auth
  client-error conflict limits upstream not-found server-error"
run --guide auth redirect
status_is 2; out_empty
err_is "httpref: --guide: give one topic at most, such as httpref --guide auth
$hint"
run --guide --compare 401 403
status_is 2
end

begin "--guide --json: every question once, every next a question"
run --json --guide
status_is 0; err_empty
jq -e 'map(.id) as $ids | all(.[]; all(.answers[]; has("code") or
	(.next as $n | $ids | index($n) != null)))' "$tmp/out" >/dev/null ||
	no "an answer leads nowhere"
[ "$(jq -r '.[0].id' "$tmp/out")" = start ] || no "the first object is start"
[ "$(jq '[.[].id] | length' "$tmp/out")" = "$(jq '[.[].id] | unique | length' "$tmp/out")" ] ||
	no "a question appears twice"
end

# On a terminal the guide asks; script(1) gives it one.  Its input is
# typed in advance, and the terminal echoes it.
ask() { printf "$1" | timeout 120 script -qec "$wrap $bin --color=never --guide $2; echo status=\$?" /dev/null \
	| tr -d '\r' >"$tmp/out"; }

begin "--guide on a terminal: numbered answers down to a code"
if command -v script >/dev/null; then
	ask '1\n6\n' ""
	out_has "  1  It did what was asked"
	out_has "Answer 1-9, q to quit: "
	out_has "Answer 1-6, b to go back, q to quit: "
	out_has "=> 304 Not Modified"
	out_has "   $(field data/304.txt summary | cut -c1-40)"
	out_has "   Weighed against: 200 OK, 202 Accepted"
	out_has "   More: httpref 304; compare: httpref --compare 304 200"
	out_has "status=0"
else
	echo "choose: skip the terminal cases (no script(1))"
fi
end

begin "--guide on a terminal: b goes back, q quits, bad answers are asked again"
if command -v script >/dev/null; then
	ask '2\nb\n0\n99\nfoo\n8\n2\n' ""
	# Asked first, after b, and again after each of the three bad answers.
	[ "$(grep -c '^What happened to the request?' "$tmp/out")" = 5 ] ||
		no "b did not go back, or a bad answer was not asked again"
	out_has "httpref: --guide: '0': answer with a number from 1 to 9 or q"
	out_has "httpref: --guide: '99': answer with a number from 1 to 9 or q"
	out_has "httpref: --guide: 'foo': answer with a number from 1 to 9 or q"
	out_has "=> 410 Gone"
	out_has "status=0"
	ask 'q\n' auth
	out_has "What is wrong with who the client is?"
	out_lacks "=>"
	out_has "status=0"
	ask '' limits
	out_has "httpref: --guide: the input ended before an answer"
	out_has "status=1"
fi
end

begin "a constant finds its code, qualified or bare, any case"
for c in StatusTooManyRequests http.StatusTooManyRequests statustoomanyrequests \
    HTTPStatus.TOO_MANY_REQUESTS StatusCodes.Status429TooManyRequests :too_many_requests; do
	run --brief "$c"
	status_is 0; err_empty
	grep -q '^429 Too Many Requests ' "$tmp/out" || no "$c does not give 429"
done
run --brief http.StatusTeapot
grep -q '^Go: http.StatusTeapot is 418 ' "$tmp/out" || no "the line saying what it is"
grep -q '^418 ' "$tmp/out" || no "http.StatusTeapot"
run --brief HTTP_NOT_FOUND
out_has "Java: HttpURLConnection.HTTP_NOT_FOUND is 404 Not Found"
out_has "Symfony: Response::HTTP_NOT_FOUND is 404 Not Found"
[ "$(grep -c '^404 ' "$tmp/out")" = 1 ] || no "404 shown more than once"
run --brief Status404NotFound
grep -q '^404 ' "$tmp/out" || no "Status404NotFound"
end

begin "an older name finds its code, and the answer names the current one"
run --brief :unprocessable_entity
status_is 0
out_has "Rack/Rails: :unprocessable_entity is 422"
out_has "the current name is :unprocessable_content"
run --brief HTTPStatus.UNPROCESSABLE_ENTITY
out_has "Python: HTTPStatus.UNPROCESSABLE_ENTITY is 422"
out_has "the current name is HTTPStatus.UNPROCESSABLE_CONTENT"
run --brief UNPROCESSABLE_CONTENT
grep -q '^422 ' "$tmp/out" || no "UNPROCESSABLE_CONTENT"
run --brief HttpStatus.PAYLOAD_TOO_LARGE
out_has "Spring: HttpStatus.PAYLOAD_TOO_LARGE is 413"
grep -q '^413 ' "$tmp/out" || no "HttpStatus.PAYLOAD_TOO_LARGE"
end

begin "a constant no library has: a hint, or nothing, status 1"
run StatusTooManyRequest
status_is 1; out_empty
err_is "httpref: 'StatusTooManyRequest': no such code or name;
  did you mean 429 Too Many Requests?"
run HTTPStatus.NO_SUCH_THING_AT_ALL_HERE
status_is 1; out_empty
err_is "httpref: 'HTTPStatus.NO_SUCH_THING_AT_ALL_HERE': no status code has that name"
run Foo.StatusTeapot
status_is 1
end

begin "--lang: one library's constants, a line a code"
run --list --lang go
status_is 0; err_empty
[ "$(wc -l <"$tmp/out")" -eq "$(records)" ] || no "one line a record"
grep -q '^418 (Unused) (reserved)  *http.StatusTeapot$' "$tmp/out" || no "418 in Go"
grep -q '^499 Client Closed Request (unofficial, nginx)  *none$' "$tmp/out" || no "none for 499"
run --class 4xx --lang python
grep -q '^422 .*HTTPStatus.UNPROCESSABLE_CONTENT (since 3.13); HTTPStatus.UNPROCESSABLE_ENTITY' \
	"$tmp/out" || no "422 in Python, with its older name"
run --lang golang 429 --section constants
out_is "429 Too Many Requests
Constants
  Go            http.StatusTooManyRequests"
run --lang perl --list
status_is 2; out_empty
err_is "httpref: --lang: 'perl' is not a language (see --help)
$hint"
end

begin "constants: a section of their own, in --json, and searched"
run 404 --section constants
status_is 0
out_has "  Python        HTTPStatus.NOT_FOUND"
out_has "  Java          HttpURLConnection.HTTP_NOT_FOUND"
out_has "Node.js core has no names: its http.STATUS_CODES maps"
run --json 404
[ "$(jq -r '.[0].constants[] | select(.ecosystem == "go") | .constant' "$tmp/out")" = \
  http.StatusNotFound ] || no "go in JSON"
[ "$(jq -r '[.[0].constants[].ecosystem] | unique | length' "$tmp/out")" -ge 10 ] ||
	no "every ecosystem in JSON"
run -s StatusTeapot
grep -q '^418 ' "$tmp/out" || no "-s finds a constant"
end

begin "related codes say why, in the text and as JSON objects"
run 401 --section related
status_is 0
grep -q '^  403 Forbidden$' "$tmp/out" || no "403 under Related"
[ "$(grep -c '^    ' "$tmp/out")" -ge 1 ] || no "no reason under a related code"
run --json 401
[ "$(jq -r '.[0].related[0] | keys_unsorted | join(",")' "$tmp/out")" = code,why ] ||
	[ "$(jq -r '.[0].related[0] | keys_unsorted | join(",")' "$tmp/out")" = code,source,why ] ||
	no "related items are objects"
jq -e '.[0].related | all(.why | length > 20)' "$tmp/out" >/dev/null || no "a related item without a reason"
run --json 401
jq -e '.[0].sources | length >= 2' "$tmp/out" >/dev/null || no "sources in JSON"
end

finish choose
