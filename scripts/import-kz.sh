#!/usr/bin/env bash
# Rebuilds the bundled store of Kazakhstan's Constitution (constitution/kz) from
# the raw exports kept in sources/kazakhstan-law-codes (byte-for-byte copies of
# the public corpus, provenance in sources/kazakhstan-law-codes/provenance.tsv).
# A maintainer's step, e.g. after an importer change; the store it writes is
# committed. Version dates and acts come from each export's meta.yaml or
# frontmatter where it states them; the rest is given here.
# Usage: scripts/import-kz.sh            (after npm run build)
# Every repair the importer made is listed with file:line on stderr and in
# sources/kazakhstan-law-codes/import-log.txt (committed beside the store).
set -euo pipefail
cd "$(dirname "$0")/.."
src=sources/kazakhstan-law-codes
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
log=$src/import-log.txt
: > "$tmp/log"
run() {
  local folder=$1; shift
  # stdout and stderr of each import go to the log, paths relative to the repository
  node dist/constdiff.cjs --store "$tmp" import "$src/$folder/00-constitution" --constitution kz "$@" 2>&1 \
    | sed "s#$PWD/##g" | tee -a "$tmp/log"
}
run 1995-08-29-ed0cfa3 --version 1995-08-29 --label "as adopted at the referendum of 30 August 1995" \
  --act "Конституция, принята на республиканском референдуме 30.08.1995" --alias adopted-1995
# The source dates this version 06.10.1998, a day before the amending law was
# signed (7 October 1998); the text cannot be in force before its law, so it is
# dated from the law, as every other amended version is.
run 1998-10-06-09c7c80 --label "after the amendments of 7 October 1998" --effective 1998-10-07
run 2007-05-21-115e0c9 --version 2007-05-21 --label "after the amendments of 21 May 2007" --act "Закон РК от 21.05.2007 № 254-III"
run 2011-02-02-bd68f66 --label "after the amendment of 2 February 2011"
run 2019-03-23-6364f3e --version 2019-03-23 --label "before the 2022 referendum" --act "Закон РК от 23.03.2019 № 238-VI" --alias before-referendum
run 2022-06-08-6cc0694 --version 2022-06-08 --label "after the 2022 referendum" \
  --act "Закон РК от 08.06.2022 (принят на республиканском референдуме 05.06.2022)" --alias after-referendum
run 2022-09-17-726804f --version 2022-09-17 --label "after the amendments of 17 September 2022" --act "Закон РК от 17.09.2022 № 142-VII"
run 2023-01-01-1f893cb --version 2023-01-01 --label "in force from 1 January 2023" \
  --act "вступление в силу норм Закона РК от 08.06.2022 с 01.01.2023"
run 2026-03-15-014c45e --label "the new Constitution of 2026" --effective 2026-07-01 \
  --act "Конституция, принята на республиканском референдуме 15.03.2026" --alias new-constitution
rm -rf constitution/kz.old
if [ -d constitution/kz ]; then mv constitution/kz constitution/kz.old; fi
mv "$tmp/kz" constitution/kz
rm -rf constitution/kz.old
mv "$tmp/log" "$log"
