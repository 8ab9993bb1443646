#!/usr/bin/env bash
# Re-imports every bundled version of Kazakhstan's Constitution from the source
# exports (a maintainer's step; the store it writes is committed, and nothing
# else in the project reads the exports). Usage: scripts/import-kz.sh [corpus-dir] [--force]
set -euo pipefail
corpus=${1:-../shared/corpus/kz}
shift || true
cd "$(dirname "$0")/.."
run() { node dist/constdiff.cjs import "$corpus/$1" --constitution kz --version "$@" --quiet; }
run 1995-08-29 --label "as adopted at the referendum of 30 August 1995" \
  --act "Конституция, принята на республиканском референдуме 30.08.1995" --alias adopted-1995 "$@"
run 2007-05-21 --label "after the amendments of 21 May 2007" --act "Закон РК от 21.05.2007 № 254-III" "$@"
run 2019-03-23 --label "before the 2022 referendum" --act "Закон РК от 23.03.2019 № 238-VI" --alias before-referendum "$@"
run 2022-06-08 --label "after the 2022 referendum" \
  --act "Закон РК от 08.06.2022 (принят на республиканском референдуме 05.06.2022)" --alias after-referendum "$@"
run 2022-09-17 --label "after the amendments of 17 September 2022" --act "Закон РК от 17.09.2022 № 142-VII" "$@"
run 2023-01-01 --label "in force from 1 January 2023" \
  --act "вступление в силу норм Закона РК от 08.06.2022 с 01.01.2023" "$@"
run 2026-03-15 --label "the new Constitution of 2026" --effective 2026-07-01 \
  --act "Конституция, принята на республиканском референдуме 15.03.2026" --alias new-constitution "$@"
