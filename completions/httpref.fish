# fish completion for httpref(1).
#
# Nothing here is a copy of httpref's interface: everything offered is read
# from the httpref being completed, at completion time.  The options and
# their descriptions come from the lines of "httpref --help" that start with
# a dash, the classes and sections from its "Classes:" and "Sections:"
# lists, and the codes and their names from "httpref --list --color=never".

# The help's options as "option<tab>description", short and long.  An
# option line holds the options, two or more spaces, then the description,
# which may go on over more indented lines; a long option named in a
# description ("also spelled --colour") is offered too.
function __httpref_options -a cmd
    $cmd --help 2>/dev/null | awk '
    function flush(    i, s) {
        for (i = 1; i <= nopts; i++) out(opts[i], desc)
        s = desc
        while (nopts && match(s, /--[A-Za-z][A-Za-z0-9-]*/)) {
            alias[++naliases] = substr(s, RSTART, RLENGTH); adesc[naliases] = desc
            s = substr(s, RSTART + RLENGTH)
        }
        nopts = 0
    }
    function out(o, d) { if (!(o in seen)) { seen[o] = 1; print o "\t" d } }
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
    nopts && /^        / { line = $0; sub(/^ +/, "", line); desc = desc " " line; next }
    { flush() }
    END { flush(); for (i = 1; i <= naliases; i++) out(alias[i], adesc[i]) }'
end

# The words of the help's "LABEL:" line, and of the lines after it that
# start with a space, where a long list goes on; one a line.
function __httpref_words -a cmd label
    $cmd --help 2>/dev/null | awk -v label="$label:" '
    index($0, label) == 1 { on = 1; print substr($0, length(label) + 1); next }
    on && /^[ \t]/ { print; next }
    { on = 0 }' | string split -n ' '
end

# Every code as "code<tab>name", the names of a code with several joined
# by " / ".
function __httpref_codes -a cmd
    $cmd --list --color=never 2>/dev/null | awk '
    $1 ~ /^[0-9][0-9][0-9]$/ {
        name = substr($0, length($1) + 2)
        if (match(name, /  | \(/)) name = substr(name, 1, RSTART - 1)
        if ($1 == last) { names = names " / " name; next }
        if (last != "") print last "\t" names
        last = $1; names = name
    }
    END { if (last != "") print last "\t" names }'
end

function __httpref_complete
    set -l tokens (commandline -opc)
    # The httpref being completed, when it is named by a path; otherwise
    # the one on PATH (the first word may be sudo or the like).
    set -l cmd httpref
    string match -q -- '*/httpref' $tokens[1]; and set cmd $tokens[1]
    set -l cur (commandline -ct)
    set -l prev $tokens[-1]
    set -l opt
    set -l prefix

    if string match -qr -- '^--[^=]+=' $cur
        set opt (string replace -r -- '=.*' '' $cur)
        set prefix $opt=
        set cur (string replace -r -- '^[^=]*=' '' $cur)
    else if contains -- $prev -c --class -S --section -s --search
        set opt $prev
    end

    switch $opt
        case -c --class
            for word in (__httpref_words $cmd Classes)
                printf '%s%s\tclass\n' "$prefix" $word
            end
            return
        case -S --section
            # A comma-separated list: complete the name after the last comma.
            set -l head (string match -r -- '^.*,' $cur)
            set prefix "$prefix$head"
            for word in (__httpref_words $cmd Sections)
                printf '%s%s\tsection\n' "$prefix" $word
            end
            return
        case --color --colour
            for word in auto always never
                printf '%s%s\n' "$prefix" $word
            end
            return
        case -s --search
            return
    end

    # After "--" every word is a query.
    if string match -q -- '-*' $cur; and not contains -- -- $tokens[2..-1]
        __httpref_options $cmd
    else
        __httpref_codes $cmd
    end
end

complete -c httpref -f -a '(__httpref_complete)'
