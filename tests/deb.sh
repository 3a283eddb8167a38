#!/bin/sh
# The Debian package, as a user meets it.  From the make dist tarball,
# unpacked outside the source tree: dpkg-buildpackage builds it (running
# make check), lintian finds nothing to say, hardening-check passes; then
# apt-get installs it, /usr/bin/httpref answers, man finds both pages, each
# shell finds its completion where Debian's looks, and apt-get purge leaves
# nothing behind.  Needs root, apt and the tools .ci/run installs; CI runs
# it, make check does not.
cd "$(dirname "$0")/.." || exit 1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp" # apt reads the .deb as its own user
pass=0 fail=0
export LC_ALL=C DEBIAN_FRONTEND=noninteractive
unset NO_COLOR CLICOLOR_FORCE COLUMNS

ok() { pass=$((pass + 1)); }
no() { echo "FAIL: $*"; fail=$((fail + 1)); }
mk() { env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make "$@"; }
quit() { echo "deb: $pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit; }

[ "$(id -u)" -eq 0 ] || { no "needs root, to install the package"; quit; }
for tool in dpkg-buildpackage lintian hardening-check apt-get man; do
	command -v "$tool" >/dev/null 2>&1 || no "$tool is not installed"
done
[ "$fail" -eq 0 ] || quit
if dpkg -s httpref >/dev/null 2>&1; then
	no "httpref is installed already; apt-get purge httpref first"
	quit
fi

v=$(cat VERSION)
arch=$(dpkg --print-architecture)
deb=httpref_${v}_${arch}.deb
before=$(git status --porcelain 2>/dev/null)

# Built from the release tarball, so the package is what a release holds.
mk -s dist DISTDIR="$tmp" >"$tmp/log" 2>&1 || { no "make dist:"; cat "$tmp/log"; quit; }
tar -C "$tmp" -xzf "$tmp/httpref-$v.tar.gz"
if (cd "$tmp/httpref-$v" && dpkg-buildpackage -us -uc -b) >"$tmp/build.log" 2>&1 &&
	[ -f "$tmp/$deb" ]; then ok
else no "dpkg-buildpackage -us -uc -b made no $deb:"; tail -30 "$tmp/build.log"; quit; fi
[ "$(git status --porcelain 2>/dev/null)" = "$before" ] && ok ||
	no "building the package changed the source tree"

# No error and no warning, with the explanations shown for any tag.
changes=$tmp/httpref_${v}_${arch}.changes
if lintian -i -I --fail-on error,warning "$tmp/$deb" "$changes" >"$tmp/lintian" 2>&1; then ok
else no "lintian:"; cat "$tmp/lintian"; fi
grep -E '^[EW]: ' "$tmp/lintian" && no "lintian errors or warnings (above)" || ok

# PIE, stack protector, fortify, read-only relocations, immediate binding.
# Control flow protection is left out: the C library's start files on this
# Debian release carry no IBT/SHSTK note, so no program linked here can.
mkdir "$tmp/x"
dpkg-deb -x "$tmp/$deb" "$tmp/x"
if hardening-check --nocfprotection "$tmp/x/usr/bin/httpref" >"$tmp/hc" 2>&1; then ok
else no "hardening-check:"; cat "$tmp/hc"; fi

# snapshot: every path under the trees a package may touch, but dpkg's
# and apt's own records, which do change.
snapshot() {
	find /etc /opt /usr /var/lib -xdev \( -path /var/lib/dpkg -o -path /var/lib/apt \
		-o -path /var/lib/ucf \) -prune -o -print 2>/dev/null | sort
}
snapshot >"$tmp/before"

if (cd "$tmp" && apt-get install -y -q "./$deb") >"$tmp/apt.log" 2>&1; then ok
else no "apt-get install ./$deb:"; tail -10 "$tmp/apt.log"; quit; fi
dpkg -L httpref >"$tmp/listed"

/usr/bin/httpref 501 >"$tmp/out" 2>"$tmp/err"
status=$?
if [ "$status" -eq 0 ] && [ "$(head -1 "$tmp/out")" = "501 Not Implemented" ] && [ ! -s "$tmp/err" ]; then ok
else no "/usr/bin/httpref 501: status $status"; head -3 "$tmp/out" "$tmp/err"; fi
[ "$(/usr/bin/httpref --version)" = "httpref $v" ] && ok || no "httpref --version"

# man finds both pages by name, and they render.
for page in httpref:/usr/share/man/man1/httpref.1.gz \
	httpref-codes:/usr/share/man/man7/httpref-codes.7.gz; do
	name=${page%%:*} want=${page#*:}
	got=$(man -w "$name" 2>&1)
	[ "$got" = "$want" ] && ok || no "man -w $name: '$got', want $want"
	MANWIDTH=80 MANPAGER=cat man "$name" 2>"$tmp/err" | grep -q "httpref $v" && [ ! -s "$tmp/err" ] &&
		ok || { no "man $name does not render with httpref $v in its footer"; cat "$tmp/err"; }
done
# The date of httpref-codes(7) is the changelog's, which dpkg-buildpackage
# passes on as SOURCE_DATE_EPOCH.
stamp=$(dpkg-parsechangelog -l debian/changelog -S Timestamp)
want=$(date -u -d "@$stamp" '+%B %-d, %Y')
got=$(zcat /usr/share/man/man7/httpref-codes.7.gz | sed -n 's/^\.Dd //p')
[ "$got" = "$want" ] && ok || no "httpref-codes(7) is dated '$got', the changelog '$want'"

# Each completion where Debian's shell looks, and each shell finding it.
bashc=/usr/share/bash-completion/completions/httpref
zshc=/usr/share/zsh/vendor-completions/_httpref
fishc=/usr/share/fish/vendor_completions.d/httpref.fish
for f in "$bashc" "$zshc" "$fishc"; do
	[ -f "$f" ] && grep -qx "$f" "$tmp/listed" && ok || no "not installed: $f"
done
if [ -f /usr/share/bash-completion/bash_completion ]; then
	# bash-completion loads a command's completion on first use.
	bash -c '. /usr/share/bash-completion/bash_completion
		__load_completion httpref && complete -p httpref' 2>&1 | grep -q 'httpref$' &&
		ok || no "bash-completion does not load $bashc"
else
	echo "bash-completion not installed: its loading is not checked"
fi
if command -v zsh >/dev/null 2>&1; then
	zsh -fc 'print -l $fpath' | grep -qx "${zshc%/*}" && ok ||
		no "${zshc%/*} is not in zsh's fpath"
else
	echo "zsh not installed: not checked"
fi
if command -v fish >/dev/null 2>&1; then
	fish -c 'complete -C "httpref --cla"' 2>&1 | grep -q '^--class' && ok ||
		no "fish does not complete httpref --cla"
else
	echo "fish not installed: not checked"
fi

# Purged, the package leaves nothing: every file it listed is gone, and a
# directory stays only where it holds something else or another package
# owns it (fish ships vendor_completions.d empty).
if apt-get purge -y -q httpref >"$tmp/apt.log" 2>&1; then ok
else no "apt-get purge httpref:"; tail -5 "$tmp/apt.log"; fi
dpkg -s httpref >/dev/null 2>&1 && no "httpref is still known to dpkg" || ok
while IFS= read -r path; do
	if [ -d "$path" ] && [ ! -L "$path" ]; then
		[ -n "$(ls -A "$path")" ] || dpkg -S "$path" >/dev/null 2>&1 || echo "$path"
	elif [ -e "$path" ] || [ -L "$path" ]; then
		echo "$path"
	fi
done <"$tmp/listed" >"$tmp/left"
[ -s "$tmp/left" ] && { no "left after purge:"; cat "$tmp/left"; } || ok
snapshot | diff "$tmp/before" - >"$tmp/diff"
[ -s "$tmp/diff" ] && { no "the system differs after install and purge:"; head "$tmp/diff"; } || ok

quit
