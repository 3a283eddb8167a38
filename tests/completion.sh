#!/bin/bash
# The shell completions against the built httpref, found first on PATH as
# an installed one would be (HTTPREF=path/to/a/stub tries another).  bash's
# completion function is called as bash calls it and COMPREPLY is checked;
# the zsh and fish scripts must parse, and fish, which can complete a
# command line without a terminal, is asked for completions too.  A shell
# that is not installed is skipped with a message.
cd "$(dirname "$0")/.." || exit 1
bin=${HTTPREF:-./httpref}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

[ -x "$bin" ] || { echo "completion: $bin not built"; exit 1; }
mkdir "$tmp/bin"
ln -s "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" "$tmp/bin/httpref"
PATH=$tmp/bin:$PATH
unset NO_COLOR CLICOLOR_FORCE COLUMNS
export LC_ALL=C

ok() { pass=$((pass + 1)); }
no() { echo "FAIL: $*"; fail=$((fail + 1)); }

# bash_complete WORD...: completes the last word of "httpref WORD..." into
# COMPREPLY, the way bash would.
bash_complete() {
	COMP_WORDS=(httpref "$@")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMP_LINE="${COMP_WORDS[*]}"
	COMP_POINT=${#COMP_LINE}
	COMPREPLY=()
	_httpref httpref "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
}

# offers WANT... : every WANT is in COMPREPLY.
offers() {
	local want got
	for want in "$@"; do
		for got in "${COMPREPLY[@]}"; do
			[ "$got" = "$want" ] && continue 2
		done
		return 1
	done
}

# check DESCRIPTION WANT... -- WORD...: the completions of WORD... hold WANT...
check() {
	local what=$1 want=()
	shift
	while [ "$1" != -- ]; do want+=("$1"); shift; done
	shift
	bash_complete "$@"
	if offers "${want[@]}"; then ok; else no "bash: $what: want ${want[*]}, got: ${COMPREPLY[*]}"; fi
}

# shellcheck source=completions/httpref.bash
source completions/httpref.bash
if [ "$(complete -p httpref 2>/dev/null)" = "complete -F _httpref httpref" ]; then ok
else no "bash: the script does not register _httpref for httpref"; fi

check "options after --c" --class --color -- --c
check "every option after -" -b --brief -h --help -j --json -l --list -V --version -- -
check "classes after --class" client-error informational server-error -- --class ""
check "classes after -c cl" client-error -- -c cl
check "classes after --class=" --class=client-error -- --class=cl
check "classes after --class = (split at =)" client-error -- --class = cl
check "sections after --section" fixes causes example -- --section ""
check "sections after a comma" causes,fixes -- --section causes,f
check "codes after 40" 400 404 -- 40
check "codes as the first argument" 000 200 599 -- ""
check "codes after other options" 502 503 -- --brief --color 50

bash_complete --search ""
if [ ${#COMPREPLY[@]} -eq 0 ]; then ok; else no "bash: codes offered for --search: ${COMPREPLY[*]}"; fi
bash_complete -- --c
if [ ${#COMPREPLY[@]} -eq 0 ]; then ok; else no "bash: options offered after --: ${COMPREPLY[*]}"; fi
bash_complete 4
if [ "$(printf '%s\n' "${COMPREPLY[@]}" | sort | uniq -d)" = "" ]; then ok
else no "bash: a code offered twice"; fi

if command -v zsh >/dev/null 2>&1; then
	if zsh -n completions/_httpref; then ok; else no "zsh: completions/_httpref does not parse"; fi
	if head -1 completions/_httpref | grep -qx '#compdef httpref'; then ok
	else no "zsh: the first line is not #compdef httpref"; fi
else
	echo "zsh not installed: its completion script not checked"
fi

# fish_check WHAT LINE PATTERN: "complete -C LINE" in fish, whose lines are
# the candidate, a tab and its description, has a line matching PATTERN
# (an extended regular expression).
fish_check() {
	# shellcheck disable=SC2016 # $argv is fish's, not ours
	fish --no-config -c 'source completions/httpref.fish; complete -C"$argv[1]"' "$2" \
		>"$tmp/fish" 2>&1
	if grep -qE -- "$3" "$tmp/fish"; then ok
	else no "fish: $1: '$2' offers no line matching $3:"; head -5 "$tmp/fish"; fi
}

if command -v fish >/dev/null 2>&1; then
	if fish -n completions/httpref.fish; then ok; else no "fish: completions/httpref.fish does not parse"; fi
	t=$(printf '\t')
	name404=$(sed -n 's/^name: //p' data/404.txt)
	fish_check "options with their descriptions" "httpref --c" "^--class${t}[a-z]"
	fish_check "options" "httpref --c" "^--color($t|\$)"
	fish_check "classes" "httpref --class " "^client-error($t|\$)"
	fish_check "sections after a comma" "httpref -S causes,f" "^causes,fixes($t|\$)"
	fish_check "sections from the list's second line" "httpref -S causes,so" "^causes,sources($t|\$)"
	fish_check "codes with their names" "httpref 40" "^404$t$name404\$"
	fish_check "the names of a code with several" "httpref 42" "^420$t.+ / .+"
else
	echo "fish not installed: its completion script not checked"
fi

echo "completion: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
