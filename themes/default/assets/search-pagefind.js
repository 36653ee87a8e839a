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
//
// An empty query lists every page the filters allow. Filter values within one facet are alternatives (any of them);
// different facets must all match. Only counted facets are counted: each costs a download the size of the index's
// page list (about 22 KB at 10,000 practices), so the page asks only for the facets a reader has open.

const THEME = "thema";
const KIND = "soort";
const ADDED = "toegevoegd";

export async function open(indexUrl) {
  const pagefind = await import(new URL("pagefind.js", indexUrl).href);
  // Result URLs are site paths; under a sub-path (deploy previews) they need the site's base path.
  await pagefind.options({ baseUrl: new URL("..", indexUrl).pathname, excerptLength: 24 });
  await pagefind.init();

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
    excerpt: excerptParts(data.excerpt ?? ""),
  };
}

// Pagefind's excerpt is HTML with <mark> around matched words. Parsed in an inert <template> (nothing loads or runs)
// and reduced to text parts, so only text and our own <mark> elements ever reach the page.
function excerptParts(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  const parts = [];
  for (const node of template.content.childNodes) {
    const text = node.textContent ?? "";
    if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === "MARK") {
      parts.push(...markedParts(text));
    } else if (text.length > 0) {
      parts.push({ text, marked: false });
    }
  }
  return parts;
}

// Pagefind marks a whole token, punctuation included ("taal,", "(taal)"): only the letters and digits are highlighted.
const WORD_EDGES = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

function markedParts(text) {
  const [, before, word, after] = WORD_EDGES.exec(text) ?? ["", "", text, ""];
  return [
    { text: before, marked: false },
    { text: word, marked: true },
    { text: after, marked: false },
  ].filter((part) => part.text.length > 0);
}
