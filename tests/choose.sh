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
err_is "httpref: --compare: give two codes or names or more, such as httpref --compare 401 403
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

finish choose
