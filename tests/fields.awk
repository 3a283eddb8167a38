# Reads data/ records as a person would, without httpref or its generator:
# for each file, a tab-separated line of its code, name, status, source,
# reference and summary (continuation lines joined, runs of spaces made
# one, as the data format says) and the number of its causes.
function flush(    k, out, i) {
	if (code == "")
		return
	out = code
	for (i = 1; i <= 5; i++) {
		k = keys[i]
		gsub(/ +/, " ", v[k])
		out = out "\t" v[k]
	}
	print out "\t" causes + 0
}
BEGIN { split("name status source reference summary", keys, " ") }
FNR == 1 { flush(); split("", v); code = ""; causes = 0; key = "" }
/^[a-z]+:/ {
	key = substr($1, 1, length($1) - 1)
	val = substr($0, length($1) + 2)
	sub(/^ +/, "", val)
	if (key == "code") code = val; else v[key] = val
	next
}
/^- / { if (key == "causes") causes++; next }
/^ / { s = $0; sub(/^ +/, "", s); if (key in v) v[key] = v[key] (v[key] == "" ? "" : " ") s; next }
END { flush() }
