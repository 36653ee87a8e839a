#!/usr/bin/env bash
# Search benchmark: for synthetic corpora (default 1,000 and 10,000 practices) measures the index build (time, peak
# memory, size on disk) and, in headless Chromium, the bytes the search page transfers for a first one-word query and
# for a filtered query, and the files of the whole output. Usage: bench/search/run.sh [sizes...]   Results: bench/out/search-results.md
# See bench/README-search.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=("${@:-1000 10000}"); SIZES=(${SIZES[@]})
WORD="${WORD:-taal}"
OUT=bench/out
mkdir -p "$OUT"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing: apt-get install -y time" >&2; exit 2; }
[ -f data/themas.yml ] || { echo "bench: data/themas.yml missing" >&2; exit 2; }
[ -f node_modules/pagefind/lib/runner/bin.cjs ] || npm ci --no-audit --no-fund

# The generator as it ships (Release, ReadyToRun), and the measuring tool.
dotnet publish site.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/site" -v quiet -nologo >/dev/null
dotnet build bench/search/SearchBench -c Release -o "$OUT/search-bench" -v quiet -nologo >/dev/null

RESULTS="$OUT/search-results.md"
{
  echo "# Search benchmark ($(nproc) cores, $(date -u +%Y-%m-%d), Pagefind $(node -p 'require("./node_modules/pagefind/package.json").version'))"
  echo
} > "$RESULTS"

for n in "${SIZES[@]}"; do
  corpus="bench/corpus/$n"
  [ -d "$corpus/ours/input" ] && [ "$(ls "$corpus/ours/input/praktijken" | wc -l)" = "$n" ] || node bench/generate-corpus.mjs "$n" "$corpus"
  # The corpus carries a copy of the theme; refresh it so the search page is the current one.
  rm -rf "$corpus/ours/themes" && cp -r themes "$corpus/ours/themes"
  ln -sfn "$PWD/node_modules" "$corpus/ours/node_modules"
  rm -rf "$corpus/ours/output"

  # The build as a user runs it; its last stage is the index ("search N s").
  /usr/bin/time -f "%e %M" -o "$OUT/time.txt" dotnet "$OUT/site/site.dll" build --root "$corpus/ours" --output output > "$OUT/build.txt"
  read -r build_s build_kb < "$OUT/time.txt"
  search_s=$(grep -o 'search [0-9.]* s' "$OUT/build.txt" | awk '{print $2}')

  bundle="$corpus/ours/output/pagefind"
  size_kb=$(du -sk "$bundle" | cut -f1)
  bytes=$(find "$bundle" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
  count=$(find "$bundle" -type f | wc -l)
  site_files=$(find "$corpus/ours/output" -type f | wc -l)
  site_mb=$(du -sm "$corpus/ours/output" | cut -f1)
  vocabulary_kb=$(( $(stat -c %s "$bundle/woorden.json") / 1024 ))
  per_dir=$(for d in index fragment filter; do printf '%s %s files %.1f MB; ' "$d" "$(find "$bundle/$d" -type f | wc -l)" "$(find "$bundle/$d" -type f -printf '%s\n' | awk '{s+=$1} END {print s/1048576}')"; done)

  {
    echo "## $n practices"
    echo
    echo "- build with search: $build_s s (peak $((build_kb / 1024)) MB); search stage: $search_s s"
    echo "- whole output: $site_files files, $site_mb MB (the search stage's Node process and the generator each stay under the build's peak)"
    echo "- vocabulary for suggestions (woorden.json, loaded only when a query finds little): $vocabulary_kb KB before compression"
    echo "- index on disk: $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b/1048576}') MB in $count files ($size_kb KB allocated); $per_dir"
    echo
    dotnet "$OUT/search-bench/SearchBench.dll" "$corpus/ours/output" "$WORD"
    echo
  } | tee -a "$RESULTS"
done
