#!/usr/bin/env bash
# What the practice records cost at scale: the last-changed dates read from git, and related practices.
# Usage: bench/records/run.sh [practices] (default 10000). ROUNDS=3 by default. Results: bench/out/records-results.md
# See bench/README-records.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-10000}"
ROUNDS="${ROUNDS:-3}"
OUT=bench/out
mkdir -p "$OUT"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing: apt-get install -y time" >&2; exit 2; }

dotnet publish site.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/site" -v quiet -nologo >/dev/null
dotnet build bench/records/RecordsBench -c Release -o "$OUT/records-bench" -v quiet -nologo >/dev/null

corpus="bench/corpus/$N"
[ -d "$corpus/ours/input" ] && [ "$(ls "$corpus/ours/input/praktijken" | wc -l)" = "$N" ] || node bench/generate-corpus.mjs "$N" "$corpus"

# A copy of the corpus as its own git repository, outside this one (inside it, git would answer for this repository),
# with a history: the practices added in batches of 1,000, then a tenth of them edited, on fixed dates.
repo="${TMPDIR:-/tmp}/samenleven-records-bench-$N"
rm -rf "$repo" && cp -r "$corpus/ours" "$repo" && rm -rf "$repo/output"
git -C "$repo" init -q
commit() { # date, message
  GIT_AUTHOR_DATE="$1T10:00:00Z" GIT_COMMITTER_DATE="$1T10:00:00Z" \
    git -C "$repo" -c user.name=bench -c user.email=bench@example.org commit -q -m "$2"
}
git -C "$repo" add data themes
commit 2026-01-01 "reference data"
mapfile -t files < <(cd "$repo" && ls input/praktijken | LC_ALL=C sort)
batch=0
for ((i = 0; i < ${#files[@]}; i += 1000)); do
  batch=$((batch + 1))
  (cd "$repo/input/praktijken" && git add -- "${files[@]:i:1000}")
  commit "2026-02-$(printf %02d $batch)" "practices, batch $batch"
done
git -C "$repo" add -A && commit 2026-03-01 "the rest of input"
for ((i = 0; i < ${#files[@]}; i += 10)); do echo >> "$repo/input/praktijken/${files[i]}"; done
git -C "$repo" add -A && commit 2026-04-01 "a tenth edited"
commits=$(git -C "$repo" rev-list --count HEAD)

measure() { # label, command... -> "label seconds peak-kB" in $OUT/records-raw.txt
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/stderr.txt" || { cat "$OUT/stderr.txt" >&2; exit 1; }
  echo "$label $(cat "$OUT/time.txt")" | tee -a "$OUT/records-raw.txt"
}

: > "$OUT/records-raw.txt"
for r in $(seq 1 "$ROUNDS"); do
  # The command GitHistory runs (src/Tools/GitHistory.cs), alone.
  measure git-log git -C "$repo" -c core.quotepath=off log --format=%x00%cs --name-only --no-renames --relative -- input
  rm -rf "$repo/output"
  measure with-git dotnet "$OUT/site/site.dll" build --root "$repo" --output output --no-search
  mv "$repo/.git" "$repo.git-away"
  rm -rf "$repo/output"
  measure without-git dotnet "$OUT/site/site.dll" build --root "$repo" --output output --no-search
  mv "$repo.git-away" "$repo/.git"
done

related="$(dotnet "$OUT/records-bench/RecordsBench.dll" "$repo" 5)"
med() { grep "^$1 " "$OUT/records-raw.txt" | awk '{print $'"$2"'}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
{
  echo "# Records benchmark: $N practices, $(nproc) cores, $(date -u +%Y-%m-%d)"
  echo
  echo "| | median (s) | peak MB |"
  echo "| --- | ---: | ---: |"
  awk -v t="$(med git-log 2)" -v m="$(med git-log 3)" -v c="$commits" 'BEGIN { printf "| git log over input/ (%d commits) | %.2f | %.0f |\n", c, t, m / 1024 }'
  awk -v t="$(med with-git 2)" -v m="$(med with-git 3)" 'BEGIN { printf "| build in a git checkout (dates from git) | %.2f | %.0f |\n", t, m / 1024 }'
  awk -v t="$(med without-git 2)" -v m="$(med without-git 3)" 'BEGIN { printf "| build of the same files without .git | %.2f | %.0f |\n", t, m / 1024 }'
  echo
  echo "$related" | sed 's/^/Related practices: /'
  echo
  echo "Median of $ROUNDS alternated runs; builds with --no-search."
} | tee "$OUT/records-results.md"
rm -rf "$repo"
