#!/bin/sh
# httpref - reading whole responses: which hop answered, what the fields
# say, what is wrong.  The responses are written here from each vendor's
# documentation or source (named above each), not captured live; the
# expected text is written by hand.
. tests/harness.sh

# feed TEXT ARGS...: TEXT (printf escapes) on standard input of httpref.
# Wide, so that the facts checked below stay on one line each.
feed() { text=$1; shift; printf "$text" | COLUMNS=${WIDTH:-300} hr "$@" >"$tmp/out" 2>"$tmp/err"; status=$?; }

begin "Cloudflare: its own 521, the edge answered"
# Cloudflare's 5xx error pages carry Server: cloudflare and CF-Ray
# (developers.cloudflare.com, Cloudflare 5xx errors; HTTP headers).
feed 'HTTP/2 521\r\ndate: Thu, 03 Dec 2026 10:00:00 GMT\r\ncontent-type: text/html; charset=UTF-8\r\nserver: cloudflare\r\ncf-ray: 8c1f2a3b4d5e6f70-AMS\r\n\r\n' -
status_is 0; err_empty
head -1 "$tmp/out" | grep -qx 'This response' || no "the part comes first"
out_has "Answered by: Cloudflare (CDN), from Server: cloudflare, CF-Ray."
out_has "This 521 is Cloudflare's own code."
out_has "521 Web Server Is Down"
feed 'HTTP/2 521\r\nserver: cloudflare\r\ncf-ray: 8c1f2a3b4d5e6f70-AMS\r\n\r\n' --brief -
out_is "521 Web Server Is Down  Cloudflare answered"
end

begin "CloudFront, Fastly, Akamai, ALB, Google, Envoy, Varnish, IIS, Apache, nginx"
# CloudFront: X-Cache "Error from cloudfront", Via and X-Amz-Cf-Id (AWS,
# CloudFront developer guide, troubleshooting error responses).
feed 'HTTP/1.1 504 Gateway Timeout\r\nX-Cache: Error from cloudfront\r\nVia: 1.1 5f8c2d.cloudfront.net (CloudFront)\r\nX-Amz-Cf-Pop: FRA56-P1\r\nX-Amz-Cf-Id: Zq3d0Z8xN1m2\r\n\r\n' -b -
out_is "504 Gateway Timeout  Amazon CloudFront answered"
# Fastly: X-Served-By cache-<POP> (Fastly's header reference).
feed 'HTTP/1.1 503 Service Unavailable\r\nX-Served-By: cache-ams21028-AMS\r\nX-Cache: MISS\r\nRetry-After: 0\r\n\r\n' -b -
out_has "Fastly answered"
# Akamai's edge: Server: AkamaiGHost (Akamai's error-page documentation).
feed 'HTTP/1.1 403 Forbidden\r\nServer: AkamaiGHost\r\nMime-Version: 1.0\r\n\r\n' -b -
out_is "403 Forbidden  Akamai answered"
# An Application Load Balancer's own 502: Server: awselb/2.0 (ELB guide).
feed 'HTTP/1.1 502 Bad Gateway\r\nServer: awselb/2.0\r\nContent-Type: text/html\r\n\r\n' -
out_has "Answered by: AWS Elastic Load Balancing (load balancer), from Server: awselb/2.0."
# Google Cloud's external load balancer adds Via: 1.1 google.
feed 'HTTP/2 502\r\ncontent-type: text/html; charset=UTF-8\r\nvia: 1.1 google\r\n\r\n' -b -
out_is "502 Bad Gateway  Google front end answered"
# Envoy's own 503: server: envoy, no x-envoy-upstream-service-time.
feed 'HTTP/1.1 503 Service Unavailable\r\ncontent-length: 19\r\ncontent-type: text/plain\r\nserver: envoy\r\n\r\nno healthy upstream' -
out_has "Answered by: Envoy (proxy), from Server: envoy."
# Varnish's own 503 page: X-Varnish with one transaction ID.
feed 'HTTP/1.1 503 Backend fetch failed\r\nX-Varnish: 32770\r\nVia: 1.1 varnish (Varnish/7.1)\r\nRetry-After: 5\r\n\r\n' -b -
out_has "Varnish answered"
# IIS: Server: Microsoft-IIS/10.0 (Microsoft's IIS status code article).
feed 'HTTP/1.1 404 Not Found\r\nServer: Microsoft-IIS/10.0\r\nX-Powered-By: ASP.NET\r\n\r\n' -b -
out_is "404 Not Found  Microsoft IIS answered"
feed 'HTTP/1.1 500 Internal Server Error\r\nServer: Apache/2.4.62 (Debian)\r\n\r\n' -b -
out_is "500 Internal Server Error  Apache httpd answered"
feed 'HTTP/1.1 502 Bad Gateway\r\nServer: nginx/1.27.4\r\n\r\n' -b -
out_is "502 Bad Gateway  nginx answered"
end

begin "the fields pick one meaning of a code with several, and say so"
# nginx writes 499 only to its access log; this status line stands for a
# log line, with the Server field nginx sends on every response.
feed 'HTTP/1.1 499 Client Closed Request\r\nServer: nginx\r\n\r\n' -
status_is 0
out_has "Meaning: 499 has several meanings; the fields point to nginx's, Client"
awk '/^499 /{print; exit}' "$tmp/out" | grep -qx '499 Client Closed Request' ||
	no "nginx's meaning is not the first record shown"
feed 'HTTP/1.1 499\r\n\r\n' -
awk '/^499 /{print; exit}' "$tmp/out" | grep -qx '499 Token Required' ||
	no "without a vendor, the order is the table's"
end

begin "Retry-After in seconds and as an HTTP-date, counted from Date"
feed 'HTTP/1.1 429 Too Many Requests\r\nDate: Thu, 03 Dec 2026 10:02:00 GMT\r\nRetry-After: 30\r\nServer: cloudflare\r\nCF-Ray: 1-AMS\r\n\r\n' -b -
out_is "429 Too Many Requests  Cloudflare answered; retry in 30 s (10:02:30 UTC)"
feed 'HTTP/1.1 503 Service Unavailable\r\nDate: Thu, 03 Dec 2026 10:00:00 GMT\r\nRetry-After: Thu, 03 Dec 2026 10:30:00 GMT\r\n\r\n' -
out_has "Retry-After: try again at 10:30:00 UTC, in 1800 s (counted from the Date"
feed 'HTTP/1.1 503 Service Unavailable\r\nDate: Thu, 03 Dec 2026 10:00:00 GMT\r\nRetry-After: soon\r\n\r\n' -
out_has "Retry-After: 'soon' is neither a number of seconds nor an HTTP-date"
end

begin "Location, methods, and an https-to-http downgrade along a chain"
# The form curl -sIL prints: one header section after another.
feed 'HTTP/1.1 301 Moved Permanently\r\nLocation: https://example.com/a\r\n\r\nHTTP/1.1 307 Temporary Redirect\r\nLocation: http://example.com/b\r\n\r\nHTTP/2 200\r\ncontent-type: text/html\r\n\r\n' -b -
status_is 0; err_empty
out_is "301 Moved Permanently  to https://example.com/a
307 Temporary Redirect  to http://example.com/b; problem: https to http
200 OK  $(field data/200.txt summary)"
feed 'HTTP/1.1 303 See Other\r\nLocation: /orders/17\r\n\r\n' -
out_has "Location: /orders/17, relative to the request's URL; the client follows it with GET"
feed 'HTTP/1.1 308 Permanent Redirect\r\nLocation: https://example.com/new\r\n\r\nHTTP/1.1 200 OK\r\n\r\n' -
out_has "This response (hop 2)"
end

begin "challenges, Allow, ranges, rate limits, caching"
feed 'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"\r\n\r\n' -
out_has 'WWW-Authenticate: scheme Bearer, realm "api", error invalid_token (the token'
out_has '"The access token expired"'
feed 'HTTP/1.1 403 Forbidden\r\nWWW-Authenticate: Bearer error="insufficient_scope", scope="orders:write"\r\n\r\n' -b -
out_is "403 Forbidden  Bearer insufficient_scope"
feed 'HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\n\r\n' -
out_has "Allow: the resource supports GET, HEAD"
feed 'HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */4096\r\n\r\n' -
out_has "Content-Range: the resource's length, for a new Range: bytes */4096"
feed 'HTTP/1.1 429 Too Many Requests\r\nX-RateLimit-Limit: 60\r\nX-RateLimit-Remaining: 0\r\nX-RateLimit-Reset: 1764756000\r\nRetry-After: 60\r\n\r\n' -
out_has "Rate limit: Limit 60, Remaining 0, Reset 1764756000"
feed 'HTTP/1.1 404 Not Found\r\n\r\n' -
out_has "Caching: no freshness given, but 404 is cacheable by default"
feed 'HTTP/1.1 500 Internal Server Error\r\nCache-Control: max-age=60\r\nAge: 12\r\n\r\n' -
out_has "Caching: caches may keep it for 60 s (max-age); it has been in a cache for 12 s"
end

begin "what is wrong with the response itself"
feed 'HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n\r\n' -
out_has "Problem: a 401 must carry WWW-Authenticate (RFC 9110, section 15.5.2)"
feed 'HTTP/1.1 405 Method Not Allowed\r\n\r\n' -b -
out_is "405 Method Not Allowed  problem: no Allow"
feed 'HTTP/1.1 302 Found\r\n\r\n' -b -
out_is "302 Found  problem: no Location"
feed 'HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n' -b -
out_is "204 No Content  problem: 204 with a body length"
feed 'HTTP/1.1 304 Not Modified\r\nETag: "x"\r\n\r\nstray bytes\r\n' -b -
out_is "304 Not Modified  problem: body after a 204 or 304"
feed 'HTTP/1.1 503 Service Unavailable\r\n\r\n' -b -
out_is "503 Service Unavailable  problem: no Retry-After"
feed 'HTTP/1.1 206 Partial Content\r\nContent-Type: text/plain\r\n\r\n' -b -
out_is "206 Partial Content  problem: no Content-Range"
feed 'HTTP/1.1 206 Partial Content\r\nContent-Type: multipart/byteranges; boundary=x\r\n\r\n' -b -
out_is "206 Partial Content  $(field data/206.txt summary)"
end

begin "--json: the same facts in each response object"
feed 'HTTP/1.1 429 Too Many Requests\r\nDate: Thu, 03 Dec 2026 10:02:00 GMT\r\nRetry-After: 30\r\nServer: cloudflare\r\nCF-Ray: 1-AMS\r\n\r\n' --json -
status_is 0; err_empty
[ "$(jq -r '.[0].response.version' "$tmp/out")" = 1.1 ] || no "version"
[ "$(jq -r '.[0].response.answered_by[0]' "$tmp/out")" = Cloudflare ] || no "answered_by"
[ "$(jq -r '.[0].response.facts[] | select(.label == "Retry-After") | .kind' "$tmp/out")" = field ] ||
	no "Retry-After fact"
feed '404\n' --json -
[ "$(jq -r '.[0].response.version' "$tmp/out")" = null ] || no "a bare code has no version"
end

begin "untrusted input: control bytes, invalid UTF-8, long values, folded lines"
feed 'HTTP/1.1 302 Found\r\nLocation: /a\033[31mred\001\377\r\n\r\n' -b -
status_is 0
out_lacks "$(esc)"
out_has '302 Found  to /a\x1b[31mred\x01\xff'
long=$(awk 'BEGIN { while (i++ < 3000) printf "a" }')
WIDTH=80 feed "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm=\"$long\"\r\nX-Folded: one\r\n two\r\n\r\n" -
status_is 0
awk '/^Example$/ { exit } length > 80 { bad = 1 } END { exit bad }' "$tmp/out" ||
	no "a line before the example is wider than 80"
grep -q '^    "a*\.\.\."$' "$tmp/out" || no "a long realm is not cut short"
out_has "Problem: some header fields were too long or too many"

feed 'HTTP/3 404\n\n' -b -
out_has "404 Not Found"
feed 'no status line at all\nServer: nginx\n' -
status_is 1
err_is "httpref: -: no status line or code in the input"
end

begin "a vendor's pattern without a star matches the whole value only"
feed 'HTTP/1.1 503 Service Unavailable\r\nServer: envoyproxy\r\nRetry-After: 5\r\n\r\n' -b -
out_lacks "Envoy answered"
feed 'HTTP/1.1 503 Service Unavailable\r\nServer: ENVOY\r\nRetry-After: 5\r\n\r\n' -b -
out_has "Envoy answered"
end

finish response
