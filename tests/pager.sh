#!/bin/sh
# The pager, on a real terminal: each case runs httpref in a new tmux
# window of 80x24 and reads the screen back with capture-pane.  Every wait
# polls for what it expects and gives up after about ten seconds; the tmux
# server is private to this run and killed at the end.
. tests/harness.sh

command -v tmux >/dev/null 2>&1 || { echo "pager: needs tmux (apt-get install tmux)"; exit 1; }
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
sock=httpref-test-$$
tm() { tmux -L "$sock" -f "$tmp/tmux.conf" "$@"; }
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$tmp"' EXIT
# No status line, so that the window has all 24 rows.
printf 'set -g status off\nset -g default-terminal screen\nset -g history-limit 50000\n' \
	>"$tmp/tmux.conf"

# A pager that says it ran, with what LESS held, and keeps what it got.
cat >"$tmp/fake" <<EOF
#!/bin/sh
printf '%s\n' "\${LESS-unset}" >"$tmp/ran"
cat >"$tmp/paged"
EOF
chmod +x "$tmp/fake"
# A session that stays, so that the server does not exit between cases.
tm new-session -d -s keep cat || { echo "pager: tmux does not start"; exit 1; }
n=0

# start LINE: runs the shell command line LINE in a fresh 80x24 window, with
# no pager setting from outside; its exit status goes to $tmp/status, and
# then "[ended]" to the screen.  The window's shell does not exit, since
# tmux can drop the last output of a command that has.
start() {
	rm -f "$tmp/status" "$tmp/err" "$tmp/ran" "$tmp/paged"
	cat >"$tmp/run" <<EOF
unset PAGER HTTPREF_PAGER LESS LV NO_COLOR CLICOLOR_FORCE COLUMNS LINES
export LC_ALL=C
$1
echo \$? >"$tmp/status"
echo "[ended]"
exec cat >/dev/null
EOF
	[ "$n" -eq 0 ] || tm kill-session -t "c$n"
	n=$((n + 1))
	tm new-session -d -x 80 -y 24 -s "c$n" -c "$(pwd)" "sh $tmp/run"
}
screen() { tm capture-pane -p -t "c$n"; }
shows() { screen | grep -q -- "$1"; }
# Everything the window showed, scrolled away or not, lines folded by the
# terminal joined again, up to the "[ended]" line.
history() {
	tm capture-pane -p -J -S - -t "c$n" | sed '/^\[ended\]$/,$d'
}
in_history() { history | grep -q -- "$1"; }
# poll TEST...: runs TEST until it succeeds, for at most about 10 s.
poll() {
	i=0
	while [ "$i" -lt 100 ]; do
		"$@" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
# ended: the command has ended, and tmux has shown all it wrote.
ended() { [ -s "$tmp/status" ] && shows '^\[ended\]$'; }
at_prompt() { [ "$(screen | sed '/^$/d' | tail -1)" = ":" ]; }
# paging: the pager's prompt is up and httpref still waits for it.
paging() { poll at_prompt || { no "no pager prompt"; screen | tail -3; return 1; }; ! ended || no "ended under the pager"; }
quit() { tm send-keys -t "c$n" q; poll ended || no "did not end after q"; }
ended_alone() { poll ended || no "did not end by itself"; }
exit_is() { [ "$(cat "$tmp/status")" = "$1" ] || no "exit status $(cat "$tmp/status"), want $1"; }
no_err() { [ ! -s "$tmp/err" ] || { no "stderr not empty:"; cat "$tmp/err"; }; }
line1_is() { [ "$(screen | head -1)" = "$1" ] || no "first line is '$(screen | head -1)', want '$1'"; }
# whole ARGS...: the window's history is all of httpref ARGS, as
# printed to a pipe at 80 columns: nothing was lost.
whole() {
	COLUMNS=80 "$bin" --color=never "$@" >"$tmp/direct" 2>/dev/null
	history >"$tmp/shown"
	cmp -s "$tmp/direct" "$tmp/shown" || { no "the screen lacks some output"; diff "$tmp/direct" "$tmp/shown" | head -5; }
}
codes_of() { ls data/[0-9]*.txt | sed 's|data/\(...\).*|\1|' | grep "^$1" | sort -u | tr '\n' ' '; }

begin "a long record opens at its top in less; q ends it quietly"
start "$bin 502 2>$tmp/err"
paging
line1_is "502 Bad Gateway"
screen | sed -n 2p | grep -qx 'Server Error, registered (IANA)' || no "second line"
quit; exit_is 0; no_err
end

begin "q long before the end: status 0, nothing on stderr"
# More than a pipe holds, so httpref is still writing when less quits.
start "$bin $(codes_of 5) 2>$tmp/err"
paging
line1_is "500 Internal Server Error"
quit; exit_is 0; no_err
# More than the hold, so the pager starts before the output is complete.
start "$bin $(codes_of) 2>$tmp/err"
paging
line1_is "000 No Response"
quit; exit_is 0; no_err
end

begin "an answer that is not found: its message in order, status 1"
start "$bin 4O4 502"
paging
line1_is "httpref: '4O4': no such code or name; did you mean 404 Not Found?"
screen | sed -n 2p | grep -qx '502 Bad Gateway' || no "the record after the message"
quit; exit_is 1
end

begin "the pager gets the terminal's colour and width, and LESS=FRX"
start "HTTPREF_PAGER=$tmp/fake $bin 429 2>$tmp/err"
ended_alone; exit_is 0; no_err
[ "$(cat "$tmp/ran" 2>/dev/null)" = FRX ] || no "LESS was '$(cat "$tmp/ran" 2>/dev/null)', want FRX"
head -1 "$tmp/paged" | grep -q "$(esc)\[" || no "no colour for the terminal"
sed 's/\x1b\[[0-9;]*m//g' "$tmp/paged" | awk '/^Example$/ { exit } length > 80 { bad = 1 } END { exit bad }' ||
	no "a line wider than the 80-column terminal"
sed 's/\x1b\[[0-9;]*m//g' "$tmp/paged" | head -1 | grep -qx '429 Too Many Requests' || no "first line"
end

begin "LESS set by the user is left alone, even empty"
start "LESS=-i HTTPREF_PAGER=$tmp/fake $bin 429"
ended_alone
[ "$(cat "$tmp/ran" 2>/dev/null)" = -i ] || no "LESS was '$(cat "$tmp/ran" 2>/dev/null)', want -i"
start "LESS= HTTPREF_PAGER=$tmp/fake $bin 429"
ended_alone
[ -f "$tmp/ran" ] && [ -z "$(cat "$tmp/ran")" ] || no "empty LESS changed"
end

begin "HTTPREF_PAGER, then PAGER, then less"
start "PAGER=$tmp/fake $bin 429"
ended_alone; exit_is 0
[ -s "$tmp/paged" ] || no "PAGER not used"
start "PAGER=false HTTPREF_PAGER=$tmp/fake $bin 429"
ended_alone; exit_is 0
[ -s "$tmp/paged" ] || no "HTTPREF_PAGER does not come first"
start "$bin 429"
paging
quit; exit_is 0
end

begin "off: --no-pager, HTTPREF_PAGER=, PAGER=cat"
for line in "$bin --no-pager 502" "HTTPREF_PAGER= PAGER=$tmp/fake $bin 502" \
	"PAGER=cat $bin 502"; do
	start "$line 2>$tmp/err"
	ended_alone; exit_is 0; no_err
	[ ! -f "$tmp/ran" ] || no "$line: the pager ran"
	whole 502
done
end

begin "off: in a pipe, for --json, for output that fits the screen"
for line in "$bin 502 | cat" "$bin --json 502" "$bin --brief 404 500" "$bin 404 -S summary" \
	"LINES=200 $bin 502"; do
	start "HTTPREF_PAGER=$tmp/fake $line 2>$tmp/err"
	ended_alone; exit_is 0; no_err
	[ ! -f "$tmp/ran" ] || no "$line: the pager ran"
done
# The same pager does run for output taller than the screen, LINES or not.
start "LINES=10 HTTPREF_PAGER=$tmp/fake $bin --class 2xx"
ended_alone
[ -f "$tmp/ran" ] || no "LINES=10: no pager for 10 lines or more"
end

begin "off: while the user types codes or answers the guide"
start "HTTPREF_PAGER=$tmp/fake $bin - 2>$tmp/err"
tm send-keys -t "c$n" 502 Enter C-d
ended_alone; exit_is 0
in_history '^502 Bad Gateway$' || no "no answer on the terminal"
[ ! -f "$tmp/ran" ] || no "the pager ran for typed codes"
start "HTTPREF_PAGER=$tmp/fake $bin --guide 2>$tmp/err"
poll shows 'q to quit:' || no "no question"
tm send-keys -t "c$n" q Enter
ended_alone; exit_is 0
[ ! -f "$tmp/ran" ] || no "the pager ran for the guide"
end

begin "a pager that cannot start: everything printed directly"
start "HTTPREF_PAGER=$tmp/no-such-pager $bin 502 2>$tmp/err"
ended_alone; exit_is 0; no_err
whole 502
# Through the shell, which answers 127 for a command it cannot find.
start "HTTPREF_PAGER='$tmp/no-such-pager -R' $bin 502 2>$tmp/err"
ended_alone; exit_is 0
grep -q 'not found' "$tmp/err" || no "the shell's message"
whole 502
# Output larger than the hold reaches a pager that never started.
start "HTTPREF_PAGER='$tmp/no-such-pager -R' $bin $(codes_of) 2>$tmp/err"
ended_alone; exit_is 0
# shellcheck disable=SC2046
whole $(codes_of)
end

finish pager
