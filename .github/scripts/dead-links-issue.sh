#!/usr/bin/env bash
# Keeps one GitHub issue in step with the dead links that `dotnet run -- check --external` reported (the weekly
# "Dode links" workflow): opens it when links die, rewrites its list every week, closes it when every link works again.
# Usage: dead-links-issue.sh REPORT  (REPORT: what check printed on stderr). Needs `gh` with GH_TOKEN and GH_REPO.
set -euo pipefail

report="$1"
title="Dode links in de inhoud"
today="$(date -u +%Y-%m-%d)"

# Only the plain diagnostic lines: path:line:col: warning SID0044: link '<url>' seems dead: <detail>
# (inside GitHub Actions the same finding is also printed as a ::warning annotation, which this skips).
dead="$(grep -E "^[^:]+:[0-9]+:[0-9]+: warning SID0044: " "$report" | LC_ALL=C sort -u || true)"

open="$(gh issue list --state open --limit 200 --json number,title --jq ".[] | select(.title == \"$title\") | .number" | head -n 1)"

if [ -z "$dead" ]; then
  if [ -n "$open" ]; then
    gh issue close "$open" --comment "Op $today werken alle links in de inhoud weer."
    echo "dead links: none; closed issue #$open"
  else
    echo "dead links: none"
  fi
  exit 0
fi

body="$(mktemp)"
trap 'rm -f "$body"' EXIT
{
  echo "Deze links in de inhoud lijken niet meer te werken (gecontroleerd op $today met \`dotnet run -- check --external\`)."
  echo "Zoek een nieuw adres, of haal de link weg als de pagina niet meer bestaat. Dit issue wordt elke week bijgewerkt"
  echo "en sluit vanzelf wanneer alle links weer werken."
  echo
  echo "| bestand | link | wat de server antwoordde |"
  echo "| --- | --- | --- |"
  while IFS= read -r line; do
    place="${line%%: warning SID0044: *}"
    rest="${line#*: warning SID0044: link \'}"
    url="${rest%%\' seems dead: *}"
    detail="${rest#*\' seems dead: }"
    echo "| \`$place\` | $url | ${detail//|/\\|} |"
  done <<< "$dead"
} > "$body"

count="$(printf '%s\n' "$dead" | wc -l | tr -d ' ')"
if [ -n "$open" ]; then
  gh issue edit "$open" --body-file "$body"
  echo "dead links: $count; updated issue #$open"
else
  gh issue create --title "$title" --body-file "$body"
  echo "dead links: $count; opened an issue"
fi
