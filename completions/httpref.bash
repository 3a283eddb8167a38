# bash completion for httpref(1).
#
# Nothing here is a copy of httpref's interface: everything offered is read
# from the httpref being completed, at completion time.  The options come
# from the lines of "httpref --help" that start with a dash, the classes and
# sections from its "Classes:" and "Sections:" lists, and the codes from
# "httpref --list --color=never".

# _httpref_options CMD: one option a line, short and long.  An option line
# of the help holds the options, two or more spaces, then the description,
# which may go on over more indented lines; a long option named in a
# description ("also spelled --colour") is offered too.
_httpref_options()
{
	"$1" --help 2>/dev/null | awk '
	function flush(    i, s) {
		for (i = 1; i <= nopts; i++) out(opts[i])
		s = desc
		while (nopts && match(s, /--[A-Za-z][A-Za-z0-9-]*/)) {
			alias[++naliases] = substr(s, RSTART, RLENGTH)
			s = substr(s, RSTART + RLENGTH)
		}
		nopts = 0
	}
	function out(o) { if (!(o in seen)) { seen[o] = 1; print o } }
	/^[ \t]+-/ {
		flush()
		line = $0
		sub(/^[ \t]+/, "", line)
		spec = line; desc = ""
		if (match(line, /   */)) {
			spec = substr(line, 1, RSTART - 1)
			desc = substr(line, RSTART + RLENGTH)
		}
		n = split(spec, w, /[ ,]+/)
		for (i = 1; i <= n; i++)
			if (w[i] ~ /^-/) { o = w[i]; sub(/\[.*/, "", o); opts[++nopts] = o }
		next
	}
	nopts && /^        / { desc = desc " " $0; next }
	{ flush() }
	END { flush(); for (i = 1; i <= naliases; i++) out(alias[i]) }'
}

# _httpref_words CMD LABEL: the words of the "LABEL:" line of --help, and
# of the lines after it that start with a space, where a long list goes on.
_httpref_words()
{
	"$1" --help 2>/dev/null | awk -v label="$2:" '
	index($0, label) == 1 { on = 1; print substr($0, length(label) + 1); next }
	on && /^[ \t]/ { print; next }
	{ on = 0 }'
}

# _httpref_codes CMD: every code, once.
_httpref_codes()
{
	"$1" --list --color=never 2>/dev/null |
		awk '$1 ~ /^[0-9][0-9][0-9]$/ && !seen[$1]++ { print $1 }'
}

# _httpref_reply ARG...: COMPREPLY set to what "compgen ARG..." prints.
_httpref_reply()
{
	local word
	COMPREPLY=()
	while IFS= read -r word; do
		COMPREPLY+=("$word")
	done < <(compgen "$@")
}

_httpref()
{
	local cmd=httpref cur prev opt='' prefix='' i
	local IFS=$' \t\n'

	# The httpref being completed, when it is named by a path; otherwise
	# the one on PATH.
	[[ $1 == */httpref ]] && cmd=$1

	cur=${COMP_WORDS[COMP_CWORD]}
	prev=
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
	COMPREPLY=()

	# "--class=x": bash splits the word at "=" unless COMP_WORDBREAKS has
	# been changed, so the value may come as its own word or not.
	if [[ $cur == --*=* ]]; then
		opt=${cur%%=*}
		prefix=$opt=
		cur=${cur#*=}
	elif [[ $cur == = ]] && [[ $prev == --* ]]; then
		opt=$prev
		cur=
	elif [[ $prev == = ]] && ((COMP_CWORD > 1)) &&
		[[ ${COMP_WORDS[COMP_CWORD - 2]} == --* ]]; then
		opt=${COMP_WORDS[COMP_CWORD - 2]}
	else
		case $prev in
		-c | --class | -S | --section | -s | --search) opt=$prev ;;
		esac
	fi

	case $opt in
	-c | --class)
		_httpref_reply -P "$prefix" -W "$(_httpref_words "$cmd" Classes)" -- "$cur"
		return 0
		;;
	-S | --section)
		# A comma-separated list: complete the name after the last comma.
		[[ $cur == *,* ]] && prefix=$prefix${cur%,*}, && cur=${cur##*,}
		_httpref_reply -P "$prefix" -W "$(_httpref_words "$cmd" Sections)" -- "$cur"
		return 0
		;;
	--color | --colour)
		[[ -n $prefix || $prev == = || ${COMP_WORDS[COMP_CWORD]} == = ]] &&
			_httpref_reply -P "$prefix" -W "auto always never" -- "$cur"
		return 0
		;;
	-s | --search)
		return 0
		;;
	esac

	# After "--" every word is a query.
	for ((i = 1; i < COMP_CWORD; i++)); do
		[[ ${COMP_WORDS[i]} == -- ]] && break
	done
	if [[ $cur == -* ]] && ((i == COMP_CWORD)); then
		_httpref_reply -W "$(_httpref_options "$cmd")" -- "$cur"
	elif [[ -z $cur || $cur == [0-9]* ]]; then
		_httpref_reply -W "$(_httpref_codes "$cmd")" -- "$cur"
	fi
	return 0
}

complete -F _httpref httpref
