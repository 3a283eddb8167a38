#!/bin/sh
# tests/constants.sh [DATADIR]: checks the constants field of every record
# in DATADIR (default: data/ beside this folder) against the libraries that
# are installed on this machine, in both directions:
#   - every constant a record names exists in the installed library with
#     that record's code, unless its note says it arrives later ("since V")
#     or went away earlier ("removed in V") than the installed version, in
#     which case it must be absent;
#   - every constant the library has for a code that has a record appears
#     in one of that code's records, so nothing is missed.
# It also checks the form of the field in every record: all ten ecosystems
# present, "none" alone, each constant spelled with its ecosystem's prefix.
#
# What it uses, each only where it is installed (otherwise the ecosystem is
# skipped, and the line says so):
#   python   python3 (or $PYTHON): http.HTTPStatus
#   go       go (Debian: golang-go): go doc net/http
#   java     javap from a JDK (Debian: default-jdk-headless):
#            java.net.HttpURLConnection
#   spring   java (JDK 11 or later) and spring-web's jar (Debian:
#            libspring-web-java, or $SPRING_WEB_JAR): HttpStatus.values()
#   rack     ruby with rack (Debian: ruby-rack): Rack::Utils symbols
#   rust     the http crate's source (Debian: librust-http-dev, in
#            /usr/share/cargo/registry, or $HTTP_CRATE_DIR): src/status.rs
#   symfony  php (Debian: php-cli) and HttpFoundation (Debian:
#            php-symfony-http-foundation, or $SYMFONY_HTTP_FOUNDATION with
#            its version in $SYMFONY_VERSION)
#   node     node and the npm package http-status-codes, installed by this
#            test with npm into a temporary folder (or $HTTP_STATUS_CODES_DIR)
# .NET's HttpStatusCode and ASP.NET Core's StatusCodes have no package in
# Debian's archive, so those two are always skipped.
# Where a library's version cannot be read, a constant whose note has
# "since V" or "removed in V" may be present or absent.
#
# Prints one line per failure, "constants: N passed, M failed" at the end,
# and exits 1 if anything failed.

here=$(cd "$(dirname "$0")" && pwd)
dir=${1:-$here/../data}
if ! ls "$dir"/[0-9]*.txt >/dev/null 2>&1; then
	echo "constants: $dir: no records ([0-9]*.txt) there" >&2
	exit 2
fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM
: >"$tmp/results"

skip() { echo "constants: skip $1 ($2)"; }

# --- The data: one line per constants item, tab-separated:
#     FILE CODE ECOSYSTEM CONSTANT NOTE
# and one line per record, "FILE CODE = HAS-CONSTANTS-FIELD", so that codes
# with a record are known.  A list ends at the next line that starts with a
# letter and a colon; an item goes on over lines that start with a blank.
cat >"$tmp/parse.awk" <<'EOF'
function flush(   eco, rest, con, note, i) {
	if (item == "")
		return
	i = index(item, ": ")
	if (i == 0) {
		eco = "?"; rest = item
	} else {
		eco = substr(item, 1, i - 1); rest = substr(item, i + 2)
	}
	con = rest; note = ""
	i = index(rest, " (")
	if (i > 0) {
		con = substr(rest, 1, i - 1)
		note = substr(rest, i + 2)
		sub(/\)[ \t]*$/, "", note)
	}
	sub(/[ \t]+$/, "", con)
	items[++n] = ifile "\t" eco "\t" con "\t" note
	item = ""
}
FNR == 1 { flush(); inlist = 0; files[++nf] = FILENAME }
/^#/ { next }
inlist && /^- / { flush(); item = substr($0, 3); ifile = FILENAME; next }
inlist && /^[ \t]/ {
	if (item != "") {
		line = $0
		sub(/^[ \t]+/, " ", line)
		item = item line
	}
	next
}
inlist && /^[ \t]*$/ { next }
/^[A-Za-z][A-Za-z0-9_-]*:/ { flush(); inlist = 0 }
/^code:/ { code[FILENAME] = $2 }
/^constants:[ \t]*$/ { inlist = 1; has[FILENAME] = 1 }
END {
	flush()
	for (i = 1; i <= nf; i++)
		print files[i] "\t" code[files[i]] "\t=\t" (files[i] in has) "\t"
	for (i = 1; i <= n; i++) {
		split(items[i], f, "\t")
		print f[1] "\t" code[f[1]] "\t" f[2] "\t" f[3] "\t" f[4]
	}
}
EOF
awk -f "$tmp/parse.awk" "$dir"/[0-9]*.txt >"$tmp/data" || exit 2

# --- The form of the field, for every ecosystem whether installed or not.
cat >"$tmp/form.awk" <<'EOF'
BEGIN {
	FS = "\t"
	split("python go java spring dotnet aspnetcore rack rust symfony node", eco, " ")
	prefix["python"] = "HTTPStatus."; prefix["go"] = "http.Status"
	prefix["java"] = "HttpURLConnection.HTTP_"; prefix["spring"] = "HttpStatus."
	prefix["dotnet"] = "HttpStatusCode."; prefix["aspnetcore"] = "StatusCodes.Status"
	prefix["rack"] = ":"; prefix["rust"] = "StatusCode::"
	prefix["symfony"] = "Response::HTTP_"; prefix["node"] = "StatusCodes."
	prefix["nginx"] = "NGX_"
}
function result(ok, msg) {
	print (ok ? "pass" : "FAIL " msg)
}
function base(f) { sub(/.*\//, "", f); return f }
$3 == "=" { rec[$1] = $4; next }
{
	n[$1, $3]++
	if ($4 == "none")
		none[$1, $3] = 1
	if (!($3 in prefix)) {
		result(0, base($1) ": unknown ecosystem '" $3 "'")
		next
	}
	if ($4 == "none")
		next
	p = prefix[$3]
	result(substr($4, 1, length(p)) == p && length($4) > length(p),
	    base($1) ": " $3 ": '" $4 "' does not start with " p)
}
END {
	for (f in rec) {
		if (!rec[f]) {
			result(0, base(f) ": no constants field")
			continue
		}
		for (i = 1; i <= 10; i++) {
			e = eco[i]
			result(n[f, e] > 0, base(f) ": no item for " e)
			if (n[f, e] > 1 && none[f, e])
				result(0, base(f) ": " e ": 'none' beside a constant")
		}
	}
}
EOF
awk -f "$tmp/form.awk" "$tmp/data" >>"$tmp/results"

# --- One ecosystem against its library.  $1 ecosystem, $2 installed
# version ("" if unknown), $3 prefix to strip from the data's constants,
# $4 label, $5 file of "NAME CODE" lines read from the library.
cat >"$tmp/check.awk" <<'EOF'
function vcmp(a, b,   x, y, i, n, m, p, q) {
	n = split(a, x, "."); m = split(b, y, ".")
	for (i = 1; i <= (n > m ? n : m); i++) {
		p = (i <= n) ? x[i] + 0 : 0; q = (i <= m) ? y[i] + 0 : 0
		if (p != q)
			return p < q ? -1 : 1
	}
	return 0
}
function noted(note, phrase) {
	if (!match(note, phrase " [0-9]+(\\.[0-9]+)*"))
		return ""
	return substr(note, RSTART + length(phrase) + 1, RLENGTH - length(phrase) - 1)
}
function base(f) { sub(/.*\//, "", f); return f }
function result(ok, msg) {
	print (ok ? "pass" : "FAIL " eco " " ver ": " msg)
}
BEGIN { FS = "\t" }
FILENAME == lib {
	split($0, w, " ")
	libcode[w[1]] = w[2]
	libnames[++nl] = w[1]
	next
}
$3 == "=" { recorded[$2] = 1; next }
$3 != eco || $4 == "none" { next }
{
	name = substr($4, length(strip) + 1)
	if (name ~ /^".*"$/)
		name = substr(name, 2, length(name) - 2)
	indata[$2, name] = 1
	want = 1; optional = 0
	since = noted($5, "since"); removed = noted($5, "removed in")
	if (since != "") {
		if (ver == "") optional = 1
		else if (vcmp(ver, since) < 0) want = 0
	}
	if (removed != "") {
		if (ver == "") optional = 1
		else if (vcmp(ver, removed) >= 0) want = 0
	}
	where = base($1) ": " $4
	if (name in libcode) {
		if (libcode[name] != $2)
			result(0, where " is " libcode[name] " in " label ", not " $2)
		else
			result(want || optional, where " exists, but its note (" $5 \
			    ") says it should not in this version")
	} else {
		result(!want || optional, where " does not exist in " label)
	}
}
END {
	for (i = 1; i <= nl; i++) {
		name = libnames[i]; c = libcode[name]
		# A symbol made from a phrase in parentheses, as Rack 2.x makes
		# :"(unused)" for 306, is no name anyone writes in code.
		if (!(c in recorded) || name !~ /^[A-Za-z_:][A-Za-z0-9_]*$/)
			continue
		result((c, name) in indata, label " has " name " = " c \
		    ", which no record of " c " names")
	}
}
EOF
check() {
	if [ ! -s "$5" ]; then
		echo "FAIL $1: nothing read from $4" >>"$tmp/results"
		return
	fi
	awk -v eco="$1" -v ver="$2" -v strip="$3" -v label="$4" -v lib="$5" \
	    -f "$tmp/check.awk" "$5" "$tmp/data" >>"$tmp/results"
	echo "constants: checked $1 against $4 ${2:-(version unknown)}"
}

# Leading digits and dots only: "5.4.53+dfsg-1" -> "5.4.53".
vers() { sed -n 's/^[^0-9]*\([0-9][0-9.]*\).*/\1/p' | sed 's/\.$//' | head -n 1; }

# --- python
py=${PYTHON:-python3}
if command -v "$py" >/dev/null 2>&1; then
	"$py" -c 'import http, platform
print(platform.python_version())
for n, m in http.HTTPStatus.__members__.items():
    print(n, int(m))' >"$tmp/lib.python" 2>/dev/null
	v=$(head -n 1 "$tmp/lib.python")
	sed 1d "$tmp/lib.python" >"$tmp/lib"
	check python "$v" HTTPStatus. "http.HTTPStatus" "$tmp/lib"
else
	skip python "not installed"
fi

# --- go
if command -v go >/dev/null 2>&1; then
	v=$(go env GOVERSION 2>/dev/null | vers)
	[ -n "$v" ] || v=$(go version | vers)
	go doc net/http.StatusOK 2>/dev/null |
		sed -n 's/^[[:space:]]*\(Status[A-Za-z]*\)[[:space:]]*=[[:space:]]*\([0-9][0-9][0-9]\).*/\1 \2/p' >"$tmp/lib"
	check go "$v" http. "net/http" "$tmp/lib"
else
	skip go "not installed"
fi

# --- java: the JDK's own class, read by javap.
if command -v javap >/dev/null 2>&1; then
	v=$(javap -version 2>&1 | vers)
	javap -constants java.net.HttpURLConnection 2>/dev/null |
		sed -n 's/.*static final int \(HTTP_[A-Z_]*\) = \([0-9]*\);.*/\1 \2/p' >"$tmp/lib"
	check java "$v" HttpURLConnection. "java.net.HttpURLConnection (JDK)" "$tmp/lib"
else
	skip java "no JDK here: javap not installed"
fi

# --- spring: HttpStatus.values() from spring-web's jar, run by java's
# source launcher (JDK 11 or later).
jar=${SPRING_WEB_JAR:-/usr/share/maven-repo/org/springframework/spring-web/debian/spring-web-debian.jar}
if command -v java >/dev/null 2>&1 && [ -f "$jar" ]; then
	cat >"$tmp/SpringDump.java" <<'EOF'
public class SpringDump {
	public static void main(String[] args) {
		Package p = org.springframework.http.HttpStatus.class.getPackage();
		System.out.println(p.getImplementationVersion());
		for (org.springframework.http.HttpStatus s : org.springframework.http.HttpStatus.values())
			System.out.println(s.name() + " " + s.value());
	}
}
EOF
	java -cp "$jar" "$tmp/SpringDump.java" >"$tmp/lib.spring" 2>/dev/null
	v=$(head -n 1 "$tmp/lib.spring" | vers)
	sed 1d "$tmp/lib.spring" >"$tmp/lib"
	check spring "$v" HttpStatus. "Spring HttpStatus" "$tmp/lib"
else
	skip spring "not installed: needs java and spring-web's jar"
fi

skip dotnet "System.Net.HttpStatusCode: .NET does not install from Debian's archive"
skip aspnetcore "StatusCodes: ASP.NET Core does not install from Debian's archive"

# --- rack: the symbols Rack::Utils.status_code takes, current and, from
# Rack 3.1 on, the obsolete ones it still maps with a warning.
if command -v ruby >/dev/null 2>&1 && ruby -e 'require "rack"' 2>/dev/null; then
	ruby -e 'require "rack"; require "rack/utils"
u = Rack::Utils
puts Rack.release
u::SYMBOL_TO_STATUS_CODE.each { |s, c| puts "#{s} #{c}" }
if u.const_defined?(:OBSOLETE_SYMBOLS_TO_STATUS_CODES)
  u.const_get(:OBSOLETE_SYMBOLS_TO_STATUS_CODES).each { |s, c| puts "#{s} #{c}" }
end' >"$tmp/lib.rack" 2>/dev/null
	v=$(head -n 1 "$tmp/lib.rack" | vers)
	sed 1d "$tmp/lib.rack" >"$tmp/lib"
	check rack "$v" : "Rack::Utils" "$tmp/lib"
else
	skip rack "not installed"
fi

# --- rust: the http crate's status.rs, the newest copy in the registry.
crate=${HTTP_CRATE_DIR:-}
if [ -z "$crate" ]; then
	for d in /usr/share/cargo/registry/http-[0-9]*; do
		[ -f "$d/src/status.rs" ] || continue
		if [ -z "$crate" ] || [ "$(printf '%s\n%s\n' "${crate##*/http-}" "${d##*/http-}" |
			sort -t. -k1,1n -k2,2n -k3,3n | tail -n 1)" = "${d##*/http-}" ]; then
			crate=$d
		fi
	done
fi
if [ -n "$crate" ] && [ -f "$crate/src/status.rs" ]; then
	v=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$crate/Cargo.toml" 2>/dev/null | vers)
	[ -n "$v" ] || v=$(echo "${crate##*/http-}" | vers)
	sed -n 's/^[[:space:]]*(\([0-9][0-9][0-9]\), \([A-Z_]*\), ".*/\2 \1/p' \
		"$crate/src/status.rs" >"$tmp/lib"
	check rust "$v" StatusCode:: "the http crate" "$tmp/lib"
else
	skip rust "not installed: no http crate source in /usr/share/cargo/registry"
fi

# --- symfony: the integer constants of Response.
sf=${SYMFONY_HTTP_FOUNDATION:-/usr/share/php/Symfony/Component/HttpFoundation}
if command -v php >/dev/null 2>&1 && [ -f "$sf/Response.php" ]; then
	v=${SYMFONY_VERSION:-}
	if [ -z "$v" ] && command -v dpkg-query >/dev/null 2>&1; then
		v=$(dpkg-query -W -f '${Version}\n' php-symfony-http-foundation 2>/dev/null | vers)
	fi
	SF="$sf" php -r 'require getenv("SF") . "/Response.php";
$r = new ReflectionClass("Symfony\\Component\\HttpFoundation\\Response");
foreach ($r->getConstants() as $k => $c)
	if (is_int($c)) echo "$k $c\n";' >"$tmp/lib" 2>/dev/null
	check symfony "$v" Response:: "Symfony Response" "$tmp/lib"
else
	skip symfony "not installed"
fi

# --- node: the StatusCodes enum of the npm package http-status-codes.
hsc=${HTTP_STATUS_CODES_DIR:-}
if [ -z "$hsc" ] && command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
	if npm install --prefix "$tmp/npm" --no-audit --no-fund --silent \
		http-status-codes >/dev/null 2>&1; then
		hsc=$tmp/npm/node_modules/http-status-codes
	fi
fi
if [ -n "$hsc" ] && [ -f "$hsc/package.json" ] && command -v node >/dev/null 2>&1; then
	HSC="$hsc" node -e 'const d = process.env.HSC;
console.log(require(d + "/package.json").version);
const { StatusCodes } = require(d);
for (const [k, c] of Object.entries(StatusCodes))
	if (typeof c === "number") console.log(k + " " + c);' >"$tmp/lib.node" 2>/dev/null
	v=$(head -n 1 "$tmp/lib.node" | vers)
	sed 1d "$tmp/lib.node" >"$tmp/lib"
	check node "$v" StatusCodes. "http-status-codes" "$tmp/lib"
else
	skip node "not installed: needs node, and npm to install http-status-codes"
fi

grep '^FAIL ' "$tmp/results" | sed 's/^FAIL /constants: FAIL /'
passed=$(grep -c '^pass$' "$tmp/results")
failed=$(grep -c '^FAIL ' "$tmp/results")
echo "constants: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
