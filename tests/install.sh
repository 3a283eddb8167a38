#!/bin/sh
# make install into a temporary DESTDIR, as a packager would: the installed
# program runs, both manual pages render, each completion lands where its
# shell looks by default; then make uninstall must leave no file behind.
cd "$(dirname "$0")/.." || exit 1
make=${MAKE:-make}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
unset NO_COLOR CLICOLOR_FORCE COLUMNS
export LC_ALL=C

ok() { pass=$((pass + 1)); }
no() { echo "FAIL: $*"; fail=$((fail + 1)); }

# files ROOT: every file under ROOT, one a line, sorted.
files() { (cd "$1" && find . -type f | sort); }

# mode FILE: the permission bits, as 755.
mode() { ls -l "$1" | awk '{
	m = 0
	for (i = 2; i <= 10; i++) m = m * 2 + (substr($1, i, 1) != "-")
	printf "%o\n", m }'
}

# installed FILE MODE: FILE was installed, with MODE.
installed() {
	if [ ! -f "$1" ]; then no "not installed: ${1#"$root"}"
	elif [ "$(mode "$1")" != "$2" ]; then no "${1#"$root"}: mode $(mode "$1"), want $2"
	else ok; fi
}

# render PAGE: man -l renders PAGE with no diagnostics and mentions httpref.
render() {
	if ! command -v man >/dev/null 2>&1; then
		echo "man not installed: ${1#"$root"} not rendered"
		return
	fi
	MANWIDTH=80 MANPAGER=cat PAGER=cat man -l "$1" >"$tmp/page" 2>"$tmp/err"
	if [ ! -s "$tmp/page" ]; then no "man -l ${1#"$root"}: no output"; cat "$tmp/err"
	elif ! grep -q httpref "$tmp/page"; then no "man -l ${1#"$root"}: no mention of httpref"
	elif grep -Eiq 'troff|warning|error' "$tmp/err"; then no "man -l ${1#"$root"}:"; cat "$tmp/err"
	else ok; fi
}

root=$tmp/root
mkdir "$root"
before=$(files "$root")
p=$root/usr/local

if $make -s install DESTDIR="$root" PREFIX=/usr/local >"$tmp/log" 2>&1; then ok
else no "make install failed:"; cat "$tmp/log"; fi

installed "$p/bin/httpref" 755
installed "$p/share/man/man1/httpref.1" 644
installed "$p/share/man/man7/httpref-codes.7" 644
installed "$p/share/bash-completion/completions/httpref" 644
installed "$p/share/zsh/site-functions/_httpref" 644
installed "$p/share/fish/vendor_completions.d/httpref.fish" 644

"$p/bin/httpref" 404 >"$tmp/out" 2>"$tmp/err"
status=$?
if [ "$status" -eq 0 ] && head -1 "$tmp/out" | grep -q '^404 ' && [ ! -s "$tmp/err" ]; then ok
else no "the installed httpref 404: status $status"; head -3 "$tmp/out" "$tmp/err"; fi

render "$p/share/man/man1/httpref.1"
render "$p/share/man/man7/httpref-codes.7"
# httpref-codes(7) carries each record's related reasons, constants and
# sources: 401's, read from data/401.txt, under its heading.
awk '/^   401 Unauthorized/ { on = 1 } /^   402 / { on = 0 } on' "$tmp/page" >"$tmp/401"
for want in "Related" "Constants" "Sources" "WWW-Authenticate"; do
	grep -q "$want" "$tmp/401" && ok || no "httpref-codes(7): 401 has no $want"
done

# Nothing outside PREFIX, and nothing in it but what is listed above.
extra=$(files "$root" | grep -v -e '^\./usr/local/bin/httpref$' \
	-e '^\./usr/local/share/man/man1/httpref\.1$' \
	-e '^\./usr/local/share/man/man7/httpref-codes\.7$' \
	-e '^\./usr/local/share/bash-completion/completions/httpref$' \
	-e '^\./usr/local/share/zsh/site-functions/_httpref$' \
	-e '^\./usr/local/share/fish/vendor_completions\.d/httpref\.fish$')
if [ -z "$extra" ]; then ok; else no "installed besides: $extra"; fi

if $make -s uninstall DESTDIR="$root" PREFIX=/usr/local >"$tmp/log" 2>&1; then ok
else no "make uninstall failed:"; cat "$tmp/log"; fi
after=$(files "$root")
if [ "$after" = "$before" ]; then ok; else no "left after uninstall: $after"; fi

# The directories can be set one by one, and uninstall follows them.
root=$tmp/root2
mkdir "$root"
set -- DESTDIR="$root" PREFIX=/opt/httpref BINDIR=/opt/httpref/sbin \
	MANDIR=/opt/httpref/man BASHCOMPDIR=/etc/bash_completion.d \
	ZSHCOMPDIR=/opt/zsh FISHCOMPDIR=/opt/fish
if $make -s install "$@" >"$tmp/log" 2>&1; then ok
else no "make install with every directory set failed:"; cat "$tmp/log"; fi
installed "$root/opt/httpref/sbin/httpref" 755
installed "$root/opt/httpref/man/man1/httpref.1" 644
installed "$root/opt/httpref/man/man7/httpref-codes.7" 644
installed "$root/etc/bash_completion.d/httpref" 644
installed "$root/opt/zsh/_httpref" 644
installed "$root/opt/fish/httpref.fish" 644
$make -s uninstall "$@" >"$tmp/log" 2>&1 || { no "make uninstall failed:"; cat "$tmp/log"; }
after=$(files "$root")
if [ -z "$after" ]; then ok; else no "left after uninstall: $after"; fi

echo "install: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
