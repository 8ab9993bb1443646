#!/usr/bin/env bash
# Saves the output of a broad set of CLI runs (every format, several version
# pairs, both languages, the timeline commands) into one folder, one file per
# run with its exit code, so that two builds can be compared byte for byte:
#   scripts/snapshot-outputs.sh dist/constdiff.cjs /tmp/before   (old build)
#   scripts/snapshot-outputs.sh dist/constdiff.cjs /tmp/after    (new build)
#   diff -r /tmp/before /tmp/after
# JSON runs are saved too; leave them out of a comparison with --exclude='*json*'.
set -uo pipefail
cli=${1:?usage: snapshot-outputs.sh <constdiff.cjs> <out-dir>}
out=${2:?usage: snapshot-outputs.sh <constdiff.cjs> <out-dir>}
cli=$(realpath "$cli")
# English unless a run asks for another interface language (--ui), whatever the machine's locale.
export LC_ALL='' LC_MESSAGES='' LANG=C.UTF-8
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run() { # name, then the arguments
  local name=$1; shift
  (cd "$tmp" && node "$cli" "$@" >"$out/$name.out" 2>"$out/$name.err"; echo $? >"$out/$name.rc")
}
color() { # the same with colors forced
  local name=$1; shift
  (cd "$tmp" && FORCE_COLOR=1 node "$cli" "$@" >"$out/$name.out" 2>"$out/$name.err"; echo $? >"$out/$name.rc")
}

pairs=("2019-03-23 2022-06-08" "2022-06-08 2022-09-17" "2023-01-01 2026-03-15" "1995-08-29 2007-05-21" "2022-09-17 2023-01-01")
for pair in "${pairs[@]}"; do
  set -- $pair
  p="$1_$2"
  for f in text md json patch html; do run "diff-$p.$f" diff "$1" "$2" --format "$f"; done
  run "diff-$p-changed.text" diff "$1" "$2" --changed-only
  run "diff-$p-adopted.md" diff "$1" "$2" --format md --as-adopted
  run "diff-$p-adopted.text" diff "$1" "$2" --as-adopted
  run "attribution-$p.text" attribution "$1" "$2"
  run "attribution-$p.json" attribution "$1" "$2" --format json
done
color "diff-2019-03-23_2022-06-08-color.text" diff 2019-03-23 2022-06-08
color "diff-2023-01-01_2026-03-15-color.text" diff 2023-01-01 2026-03-15 --article 9
for f in text md json patch html; do run "diff-kaz.$f" diff before-referendum after-referendum --lang kaz --format "$f"; done
run "diff-parallel-kaz.html" diff before-referendum after-referendum --format html --parallel kaz
run "diff-exact.md" diff before-referendum after-referendum --format md --exact
run "diff-article.md" diff 2019-03-23 2022-06-08 --format md --article 44 83-1 preamble
run "report-default.out" report
run "report-parallel.out" report 2019-03-23 2022-06-08 --parallel kaz --output r2.html
run "report-kaz.out" report --lang kaz --output r3.html
cp "$tmp"/*.html "$out/" 2>/dev/null
run "tui-nontty.text" tui
for a in 7 9 44 83-1 preamble 1 91; do
  for f in text json html; do run "history-$a.$f" history "$a" --format "$f"; done
done
color "history-44-color.text" history 44
run "history-9-in.text" history 9 --in 2026-03-15
run "history-kaz-44.text" history 44 --lang kaz
for d in 2022-06-08 2022-12-31 2023-01-01 2024-06-01 today 1990-01-01; do
  run "at-$d.text" at "$d"
  run "at-$d.json" at "$d" --format json
  run "at-$d-51.text" at "$d" 51
  run "at-$d-51.json" at "$d" 51 --format json
done
for v in "2022-06-08 44" "2023-01-01 51" "2026-03-15 9" "2019-03-23 1" "2022-06-08 999"; do
  set -- $v
  run "blame-$1-$2.text" blame "$1" "$2"
  run "blame-$1-$2.json" blame "$1" "$2" --format json
done
for v in "2022-06-08 44" "2026-03-15 preamble" "2019-03-23 83-1"; do
  set -- $v
  run "show-$1-$2.text" show "$1" "$2"
  run "show-$1-$2.json" show "$1" "$2" --json
done
run "show-kaz.text" show after-referendum 44 --lang kaz
run "versions.text" versions
run "versions.json" versions --json
# The interface in Russian and Kazakh.
for ui in ru kk; do
  for f in text md html; do run "ui-$ui-diff.$f" diff 2019-03-23 2022-06-08 --format "$f" --ui "$ui"; done
  run "ui-$ui-diff-kaz.text" diff before-referendum after-referendum --lang kaz --ui "$ui"
  run "ui-$ui-history-44.text" history 44 --ui "$ui"
  run "ui-$ui-history-9.html" history 9 --format html --ui "$ui"
  run "ui-$ui-at-2024-06-01.text" at 2024-06-01 --ui "$ui"
  run "ui-$ui-at-2022-12-31-51.text" at 2022-12-31 51 --ui "$ui"
  run "ui-$ui-blame-2022-06-08-44.text" blame 2022-06-08 44 --ui "$ui"
  run "ui-$ui-attribution.text" attribution 2019-03-23 2022-06-08 --ui "$ui"
  run "ui-$ui-show.text" show 2022-06-08 44 --ui "$ui"
  run "ui-$ui-versions.text" versions --ui "$ui"
done
run "err-ui.text" diff 2019-03-23 2022-06-08 --ui de
# Refusals keep their one-line messages and exit codes.
run "err-version.text" diff 2019-03-23 1999-01-01
run "err-article.text" history 9999
run "err-date.text" at 2022-13-01
run "err-same.text" diff after-referendum 2022-06-08
