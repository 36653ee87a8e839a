// "Bedoelde je …?": the likeliest word of the index for a misspelt one, and the term the site uses for a dated or
// hurtful word. Pure: no DOM, no network; the engine adapter loads the vocabulary the build wrote
// (src/Search/SearchVocabulary.cs: { woorden: [[word, count], …], termen: { typed: used } }) and calls suggest().

const MIN_LENGTH = 4;

// Words as the index compares them: lower case, runs of letters and digits.
export function words(text) {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

// The vocabulary as a lookup: a map of counts and the words by length, so a word is compared only with words at most
// two letters longer or shorter.
export function prepare(vocabulary) {
  const counts = new Map(vocabulary.woorden ?? []);
  const byLength = new Map();
  for (const word of counts.keys()) {
    const list = byLength.get(word.length) ?? [];
    list.push(word);
    byLength.set(word.length, list);
  }
  return { counts, byLength, siteTerms: vocabulary.termen ?? {} };
}

// { suggestion, siteTerm } for a query: suggestion is the query with every unknown word replaced by its best
// neighbour (null when no word changes); siteTerm is { typed, used } when the query is a dated word of the thesaurus.
export function suggest(query, prepared) {
  const typed = words(query);
  const used = prepared.siteTerms[typed.join(" ")];
  const siteTerm = used ? { typed: query.trim(), used } : null;

  let changed = false;
  const corrected = typed.map((word) => {
    const better = correct(word, prepared);
    changed ||= better !== word;
    return better;
  });
  return { suggestion: changed ? corrected.join(" ") : null, siteTerm };
}

// A known word, a short word or a word that a known word starts (a plural, a word being typed) stays as it is. Otherwise
// the nearest word: edit distance 1 (words of 4 or 5 letters) or up to 2, swapped neighbours counting as one edit;
// among equally near words the most frequent, then the first in alphabetical order.
export function correct(word, { counts, byLength }) {
  if (word.length < MIN_LENGTH || counts.has(word) || /\p{N}/u.test(word)) {
    return word;
  }
  const limit = word.length <= 5 ? 1 : 2;
  let best = null;
  for (let length = word.length - limit; length <= word.length + limit; length++) {
    for (const candidate of byLength.get(length) ?? []) {
      if (length >= word.length + 1 && length > 5 && candidate.startsWith(word)) {
        return word; // the start of a known word: the index finds it as it is
      }
      if (word.startsWith(candidate) && candidate.length >= 5) {
        return word; // a known word with an ending (plural, inflection): stemming finds it
      }
      const distance = editDistance(word, candidate, limit);
      if (distance > limit) continue;
      const count = counts.get(candidate);
      if (!best || distance < best.distance || (distance === best.distance && (count > best.count || (count === best.count && candidate < best.word)))) {
        best = { word: candidate, distance, count };
      }
    }
  }
  return best ? best.word : word;
}

// Optimal string alignment distance (Levenshtein with swaps of neighbours), stopping early above limit.
export function editDistance(a, b, limit = Infinity) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = null;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2] + 1);
      }
      row.push(value);
      smallest = Math.min(smallest, value);
    }
    if (smallest > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length];
}
