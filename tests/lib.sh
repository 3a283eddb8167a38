# Shared by the release checks (version.sh, repro.sh, dist.sh): from the top
# of the tree, in C locale, with a scratch folder and a pass/fail count.
# Source it; ok and no count a check, finish NAME closes the script.
cd "$(dirname "$0")/.." || exit 1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
export LC_ALL=C

ok() { pass=$((pass + 1)); }
no() { echo "FAIL: $*"; fail=$((fail + 1)); }
