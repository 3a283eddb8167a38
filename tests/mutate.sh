#!/bin/sh
# make mutate: applies each mutation of tests/mutations.txt to a scratch
# copy of the tree, runs make check (or MUTATE_TARGET) there, and reports
# the mutations the suite did not kill, then the kill rate.  Mutations marked equivalent
# are reported apart and left out of the rate.  perl applies the edits:
# it is part of every Debian system, and it splices text literally.
list=${1:-tests/mutations.txt}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/base" "$tmp/m"

# The list, one directory per mutation: file, from, to, and equivalent.
perl -e '
	my ($n, $key) = (0, "");
	my %m;
	sub flush {
		return unless %m;
		$n++;
		mkdir "$ARGV[0]/$n" or die;
		for my $k (qw(file from to equivalent)) {
			next unless defined $m{$k};
			open my $f, ">", "$ARGV[0]/$n/$k" or die;
			print $f $m{$k};
		}
		%m = ();
	}
	open my $in, "<", $ARGV[1] or die "$ARGV[1]: $!\n";
	while (<$in>) {
		chomp;
		next if /^#/;
		if (/^$/) { flush(); $key = ""; next; }
		if (/^(file|from|to|equivalent): ?(.*)$/) {
			($key, my $v) = ($1, $2);
			$v =~ s/^ +//;
			$m{$key} = $v;
		} elsif ($key ne "") {
			$m{$key} .= "\n$_";
		} else {
			die "$ARGV[1]:$.: not a field of a mutation\n";
		}
	}
	flush();
' "$tmp/m" "$list" || exit 2

tar -cf - --exclude=./.git --exclude=./build --exclude=./httpref . | tar -C "$tmp/base" -xf -
# The suite each mutant must fail: make check, or MUTATE_TARGET.
target=${MUTATE_TARGET:-check}
base_start=$(date +%s)
if ! env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -C "$tmp/base" "$target" >"$tmp/base.log" 2>&1; then
	echo "mutate: make $target fails without any mutation:"; tail -20 "$tmp/base.log"
	exit 2
fi

killed=0 survived=0 equivalent=0 total=0
start=$(date +%s)
limit=$(( (start - base_start) * 5 + 60 ))
for d in $(ls "$tmp/m" | sort -n); do
	m=$tmp/m/$d
	file=$(cat "$m/file")
	total=$((total + 1))
	rm -rf "$tmp/work"
	cp -a "$tmp/base" "$tmp/work"
	if ! FROM=$(cat "$m/from") TO=$(cat "$m/to") perl -0777 -pi -e '
		my $i = index($_, $ENV{FROM});
		die "not found\n" if $i < 0;
		substr($_, $i, length $ENV{FROM}) = $ENV{TO};' "$tmp/work/$file" 2>/dev/null; then
		echo "mutate: $d ($file): its text is not in the file; fix the list"
		exit 2
	fi
	# A mutant that hangs the suite counts as killed, once it has taken
	# far longer than the suite does.
	if env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL timeout "$limit" \
	    make -C "$tmp/work" "$target" >/dev/null 2>&1; then
		if [ -f "$m/equivalent" ]; then
			equivalent=$((equivalent + 1))
			echo "equivalent $d $file: $(head -1 "$m/from")"
		else
			survived=$((survived + 1))
			echo "SURVIVED $d $file: $(head -1 "$m/from") -> $(head -1 "$m/to")"
		fi
	else
		killed=$((killed + 1))
	fi
done
counted=$((killed + survived))
echo "mutate: $total mutations, $killed killed, $survived survived, $equivalent equivalent" \
	"in $(( $(date +%s) - start )) s"
echo "mutate: kill rate $((killed * 100 / (counted > 0 ? counted : 1)))% of $counted"
[ "$survived" -eq 0 ]
