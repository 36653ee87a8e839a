// The search engine adapter: the only file that knows Pagefind. search.js talks to the small interface below, so
// another index engine needs only another adapter with the same exports.
//
//   open(indexUrl)               → Promise<Engine>
//   Engine.search(request)       → Promise<{ total, facets, results }>
//       request = { query: string, filters: { name: [label, …] }, sort: "relevance" | "newest", counted: [name, …] }
//       facets  = { name: { label: count } }          (counts within this result set, for the counted facets)
//       results = [{ load(): Promise<Result> }]        (in order; load only what is shown)
//       Result  = { url, title, kind, municipalities, themes, excerpt: [{ text, marked }] }
//   Engine.preload(query)        → start fetching what a query needs, before it is asked
//   Engine.suggest(query)        → Promise<{ suggestion: string|null, siteTerm: { typed, used }|null }>
//       suggestion: the query with a misspelt word replaced by the likeliest word of the index ("Bedoelde je …?");
//       siteTerm: when the query is a dated or hurtful word, the term the site uses instead
//
// An empty query lists every page the filters allow. Filter values within one facet are alternatives (any of them);
// different facets must all match. Only counted facets are counted: each costs a download the size of the index's
// page list (about 22 KB at 10,000 practices), so the page asks only for the facets a reader has open.

const THEME = "thema";
const KIND = "soort";
const ADDED = "toegevoegd";
// Written by the generator (src/Search/SearchRecords.cs): how many words of a page's indexed text come before its body
// (title and summary) and after it (compound parts and related words, which readers never see).
const LEAD = "kop";
const TAIL = "staart";
const EXCERPT_WORDS = 24;
// The index's words with their counts, written by the build next to the index (src/Search/SearchVocabulary.cs).
const VOCABULARY = "woorden.json";

export async function open(indexUrl) {
  const pagefind = await import(new URL("pagefind.js", indexUrl).href);
  // Result URLs are site paths; under a sub-path (deploy previews) they need the site's base path.
  await pagefind.options({ baseUrl: new URL("..", indexUrl).pathname, excerptLength: 24 });
  await pagefind.init();
  let suggester = null;

  return {
    async search({ query, filters, sort, counted = [] }) {
      const options = { filters: toPagefindFilters(filters, counted) };
      if (sort === "newest") {
        options.sort = { [ADDED]: "desc" };
      }

      const text = query.trim();
      // A null query asks Pagefind for every page that matches the filters.
      const response = await pagefind.search(text.length > 0 ? text : null, options);
      return {
        total: response.results.length,
        facets: response.filters ?? {},
        results: response.results.map((result) => ({ load: async () => toResult(await result.data()) })),
      };
    },

    // The vocabulary and the module that compares with it load on the first call only: a query that finds enough
    // never pays for them. The page names the module (data-suggest) because asset names carry a content hash.
    async suggest(query) {
      const empty = { suggestion: null, siteTerm: null };
      const module = document.querySelector("[data-suggest]")?.dataset.suggest;
      if (!module || query.trim().length === 0) {
        return empty;
      }
      suggester ??= Promise.all([import(module), fetch(new URL(VOCABULARY, indexUrl)).then((r) => (r.ok ? r.json() : {}))]).then(
        ([code, vocabulary]) => ({ code, prepared: code.prepare(vocabulary) }),
      );
      try {
        const { code, prepared } = await suggester;
        return code.suggest(query, prepared);
      } catch (error) {
        console.error(error);
        return empty;
      }
    },

    preload(query) {
      if (query.trim().length > 0) {
        pagefind.preload(query.trim());
      }
    },
  };
}

function toPagefindFilters(filters, counted) {
  const result = {};
  for (const name of counted) {
    // Excludes nothing, but makes Pagefind load this filter's chunk and count its values.
    result[name] = { none: [] };
  }
  for (const [name, labels] of Object.entries(filters)) {
    if (labels.length > 0) {
      result[name] = { any: labels };
    }
  }
  return result;
}

function toResult(data) {
  const municipalities = data.meta.gemeenten ? data.meta.gemeenten.split(", ") : [];
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    kind: (data.filters[KIND] ?? [])[0] ?? "",
    municipalities,
    themes: data.filters[THEME] ?? [],
    excerpt: bodyExcerpt(data),
  };
}

// The snippet: sentences of the body (never the title or the hidden words after the body), from the start of the
// sentence with the most matched words, with the matched words marked without their punctuation. When only the
// summary matches (or the page has no body text), the summary's sentences.
// A match on a hidden compound part marks the compound it came from ("armoede" marks "kansarmoedebestrijding"). Built
// from the fragment's plain text, so only text and our own <mark> elements ever reach the page.
export function bodyExcerpt(data) {
  const words = (data.content ?? "").split(/[^\S\uFEFF]+/).filter((word) => word.length > 0);
  const summary = Math.min(words.length, wordCount(data.meta?.title ?? ""));
  const lead = Math.max(summary, Math.min(words.length, Number(data.meta?.[LEAD] ?? summary)));
  const end = Math.max(lead, words.length - Number(data.meta?.[TAIL] ?? 0));
  // A hidden compound part counts as a match on the compound it came from.
  const located = (data.weighted_locations ?? (data.locations ?? []).map((location) => ({ location, balanced_score: 1 }))).map(
    ({ location, balanced_score: score }) => ({ at: location >= end ? compoundOf(words, summary, end, bare(words[location] ?? "")) : location, score }),
  );
  const inBody = located.some(({ at }) => at >= lead && at < end);
  const inSummary = located.some(({ at }) => at >= summary && at < lead);
  const from = end > lead && (inBody || !inSummary) ? lead : summary;
  const to = from === lead ? end : lead;
  if (from >= to) {
    return [];
  }

  const scores = new Map();
  for (const { at, score } of located) {
    if (at >= from && at < to) {
      scores.set(at, (scores.get(at) ?? 0) + score);
    }
  }

  const best = [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? from;
  let start = best;
  while (start > from && !/[.!?:]$/.test(words[start - 1])) {
    start--;
  }
  if (best - start > EXCERPT_WORDS / 2) {
    start = best - 2;
  }

  const parts = [];
  let plain = "";
  const stop = Math.min(to, start + EXCERPT_WORDS);
  for (let i = start; i < stop; i++) {
    const word = (i > start ? " " : "") + words[i];
    if (!scores.has(i)) {
      plain += word;
      continue;
    }
    const [, before, core, after] = /^(\s*[^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word);
    plain += before;
    if (core.length === 0) {
      plain += after;
      continue;
    }
    if (plain.length > 0) {
      parts.push({ text: plain, marked: false });
    }
    parts.push({ text: core, marked: true });
    plain = after;
  }
  if (plain.length > 0) {
    parts.push({ text: plain, marked: false });
  }
  return parts;
}

function wordCount(text) {
  return text.split(/[^\S\uFEFF]+/).filter((word) => word.length > 0).length;
}

function bare(word) {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

// The first word of the summary or body a hidden part belongs to; -1 for a related word they do not contain.
function compoundOf(words, from, end, part) {
  if (part.length === 0) {
    return -1;
  }
  for (let i = from; i < end; i++) {
    if (bare(words[i]).includes(part)) {
      return i;
    }
  }
  return -1;
}
