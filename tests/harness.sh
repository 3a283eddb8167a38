# Shared by the CLI test scripts: run httpref as a user would and check
# stdout, stderr and the exit status.  Source it; call end after each
# case and finish at the end.
bin=${HTTPREF:-./httpref}
# HTTPREF_WRAP runs every call under a tool, such as valgrind (make check-valgrind).
wrap=${HTTPREF_WRAP:-}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0 case_failed=0 name=

# Nothing from the caller's terminal or environment may change the output.
# The pager is tested in tests/pager.sh; elsewhere a terminal gets the
# output directly.
unset NO_COLOR CLICOLOR_FORCE COLUMNS LINES PAGER LESS
export TERM=xterm LC_ALL=C HTTPREF_PAGER=

begin() { name=$1; case_failed=0; }
no() { echo "FAIL: $name: $*"; case_failed=1; }
end() {
	if [ "$case_failed" -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
}
# run ARGS...: runs httpref, keeping stdout, stderr and the status.
hr() { $wrap "$bin" "$@"; }
run() { hr "$@" >"$tmp/out" 2>"$tmp/err"; status=$?; }
status_is() { [ "$status" -eq "$1" ] || no "exit status $status, want $1"; }
out_has() { grep -qF -- "$1" "$tmp/out" || no "stdout lacks: $1"; }
out_lacks() { ! grep -qF -- "$1" "$tmp/out" || no "stdout has: $1"; }
out_is() { printf '%s\n' "$1" | cmp -s - "$tmp/out" || { no "stdout is not: $1"; head -5 "$tmp/out"; }; }
out_empty() { [ ! -s "$tmp/out" ] || no "stdout not empty"; }
err_is() { printf '%s\n' "$1" | cmp -s - "$tmp/err" || { no "stderr is not: $1"; cat "$tmp/err"; }; }
err_empty() { [ ! -s "$tmp/err" ] || { no "stderr not empty:"; cat "$tmp/err"; }; }
esc() { printf '\033'; }
# field FILE NAME: a one-line field of a data file, continuation joined.
field() {
	awk -v f="$2:" '$1 == f { v = substr($0, length(f) + 2); on = 1; next }
		on && /^ / { sub(/^ +/, ""); v = v " " $0; next } { on = 0 }
		END { print v }' "$1"
}
records() { ls data/[0-9]*.txt | wc -l | tr -d ' '; }
hint="Try 'httpref --help' for more information."
# finish NAME: the closing line, and the script's status.
finish() {
	echo "$1: $pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}
