#!/usr/bin/env bash
# Times a full build of synthetic corpora against Hugo (Debian's `hugo`), runs alternated in one session.
# Usage: bench/run.sh [sizes...] (default: 1000 10000 30000). ROUNDS=3 by default. Results: bench/out/results.md
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-1000 10000 30000}"); SIZES=(${SIZES[@]})
ROUNDS="${ROUNDS:-3}"
OUT=bench/out
mkdir -p "$OUT"
command -v hugo >/dev/null || { echo "bench: Hugo is missing: apt-get install -y hugo" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing: apt-get install -y time" >&2; exit 2; }
[ -f data/themas.yml ] || { echo "bench: data/themas.yml missing" >&2; exit 2; }

# The generator as it ships: Release, ReadyToRun (precompiled, so start-up does not wait for the JIT).
dotnet publish site.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/site" -v quiet -nologo >/dev/null

measure() { # label, command... -> appends "label seconds peak-kB" to $OUT/raw.txt
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/stderr.txt" || { cat "$OUT/stderr.txt" >&2; exit 1; }
  echo "$label $(cat "$OUT/time.txt")" | tee -a "$OUT/raw.txt"
}

: > "$OUT/raw.txt"
for n in "${SIZES[@]}"; do
  corpus="bench/corpus/$n"
  [ -d "$corpus/ours/input" ] && [ "$(ls "$corpus/ours/input/praktijken" | wc -l)" = "$n" ] || node bench/generate-corpus.mjs "$n" "$corpus"
  for r in $(seq 1 "$ROUNDS"); do
    rm -rf "$corpus/hugo/public" "$corpus/ours/output"
    measure "hugo-$n" hugo --source "$corpus/hugo" --destination public --quiet
    measure "ours-$n" dotnet "$OUT/site/site.dll" build --root "$corpus/ours" --output output --no-search
  done
done

# Median of each label, then our time and memory as a share of Hugo's.
{
  echo "| practices | Hugo (s) | ours (s) | ours / Hugo | Hugo peak MB | ours peak MB |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
  for n in "${SIZES[@]}"; do
    med() { grep "^$1 " "$OUT/raw.txt" | awk '{print $'"$2"'}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
    ht=$(med "hugo-$n" 2); ot=$(med "ours-$n" 2); hm=$(med "hugo-$n" 3); om=$(med "ours-$n" 3)
    awk -v n="$n" -v ht="$ht" -v ot="$ot" -v hm="$hm" -v om="$om" \
      'BEGIN { printf "| %d | %.2f | %.2f | %.2f | %.0f | %.0f |\n", n, ht, ot, ot / ht, hm / 1024, om / 1024 }'
  done
  echo
  echo "Median of $ROUNDS alternated runs each, $(nproc) cores, $(date -u +%Y-%m-%d)."
} | tee "$OUT/results.md"
