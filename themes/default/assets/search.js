// The search page (/zoeken/): results while typing, facets with counts, the state in the URL
// (/zoeken/?q=taal&thema=onderwijs&volgorde=nieuwste) so a search can be shared and the back button works.
// The index engine sits behind an adapter (data-engine, see search-pagefind.js); this file never names it.
// No inline styles or handlers: the page's Content-Security-Policy allows neither.

const PAGE_SIZE = 10;
const TYPING_DELAY = 150;
const SORT_PARAM = "volgorde";
const NEWEST = "nieuwste";

const root = document.getElementById("zoeken");
// How many values a long facet shows before its "show all" button: stated by the page, which the build wrote.
const FACET_PREVIEW = root ? Number(root.dataset.facetPreview) : 0;
if (root) {
  start(root);
}

async function start(root) {
  const form = document.getElementById("zoekformulier");
  const input = document.getElementById("zoekterm");
  const filters = document.getElementById("zoekfilters");
  const sortSelect = document.getElementById("volgorde");
  const clearButton = document.getElementById("filters-wissen");
  const status = document.getElementById("zoekstatus");
  const list = document.getElementById("zoekresultaten");
  const moreButton = document.getElementById("meer-resultaten");
  const facets = [...filters.querySelectorAll(".facet[data-facet]")].map(facetOf);

  let engine;
  try {
    const adapter = await import(root.dataset.engine);
    engine = await adapter.open(new URL(root.dataset.index, location.href).href);
  } catch (error) {
    console.error(error);
    say("Zoeken werkt nu niet: de zoekindex kon niet geladen worden. Blader hieronder per thema, gemeente of doelgroep.");
    return;
  }

  filters.hidden = false;
  let current = null; // The search on screen: { results, shown }.
  let sequence = 0; // Only the newest search may touch the page; older answers arrive late and are dropped.
  let typingTimer = 0;
  let typingEntry = false; // The current history entry was made by typing: more typing replaces it.

  readUrl();
  run();

  input.addEventListener("input", () => {
    clearTimeout(typingTimer);
    engine.preload(input.value);
    typingTimer = setTimeout(() => {
      writeUrl(typingEntry ? "replace" : "push");
      typingEntry = true;
      run();
    }, TYPING_DELAY);
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    writeUrl(typingEntry ? "replace" : "push");
    typingEntry = false;
    run();
  });

  filters.addEventListener("change", (event) => {
    if (event.target.matches("input[type=checkbox], select")) {
      changed();
    }
  });

  clearButton.addEventListener("click", () => {
    for (const facet of facets) {
      for (const value of facet.values) {
        value.box.checked = false;
      }
    }
    changed();
    input.focus();
  });

  for (const facet of facets) {
    facet.opener.addEventListener("click", async () => {
      setOpen(facet, !facet.open);
      if (facet.open) {
        const id = sequence;
        const { query, chosen, sort } = state();
        const counts = await countsOf([facet], query, chosen, sort);
        if (id === sequence) showCounts(counts, [facet]);
      }
    });
    facet.toggle?.addEventListener("click", () => {
      facet.expanded = !facet.expanded;
      facet.toggle.setAttribute("aria-expanded", String(facet.expanded));
      facet.toggle.textContent = facet.expanded ? "Toon minder" : `Toon alle ${facet.values.length}`;
      showFacet(facet);
    });
  }

  moreButton.addEventListener("click", async () => {
    const first = await showMore();
    first?.querySelector("a")?.focus();
  });

  window.addEventListener("popstate", () => {
    readUrl();
    typingEntry = false;
    run();
  });

  function changed() {
    writeUrl("push");
    typingEntry = false;
    run();
  }

  // --- The state: the form is the truth, the URL mirrors it. ---

  function state() {
    const chosen = {};
    for (const facet of facets) {
      chosen[facet.name] = facet.values.filter((v) => v.box.checked);
    }
    return { query: input.value.trim(), chosen, sort: sortSelect.value === NEWEST ? "newest" : "relevance" };
  }

  function readUrl() {
    const params = new URLSearchParams(location.search);
    input.value = params.get("q") ?? "";
    for (const facet of facets) {
      const keys = params.getAll(facet.name);
      for (const value of facet.values) {
        value.box.checked = keys.includes(value.key);
      }
      if (keys.length > 0) {
        setOpen(facet, true); // A shared search shows its filters.
      }
    }
    sortSelect.value = params.get(SORT_PARAM) === NEWEST ? NEWEST : "";
  }

  function writeUrl(mode) {
    const { query, chosen, sort } = state();
    const params = new URLSearchParams();
    if (query.length > 0) {
      params.append("q", query);
    }
    for (const facet of facets) {
      for (const value of chosen[facet.name]) {
        params.append(facet.name, value.key);
      }
    }
    if (sort === "newest") {
      params.append(SORT_PARAM, NEWEST);
    }
    const search = params.toString();
    const url = location.pathname + (search.length > 0 ? `?${search}` : "");
    if (url !== location.pathname + location.search) {
      history[mode === "push" ? "pushState" : "replaceState"](null, "", url);
    }
  }

  // --- Searching ---

  async function run() {
    const id = ++sequence;
    const { query, chosen, sort } = state();
    const active = Object.values(chosen).some((values) => values.length > 0);
    const open = facets.filter((f) => f.open);
    clearButton.disabled = !active;

    if (query.length === 0 && !active) {
      const counts = await countsOf(open, query, chosen, sort);
      if (id !== sequence) return;
      showCounts(counts, open);
      current = null;
      list.replaceChildren();
      moreButton.hidden = true;
      say("");
      return;
    }

    // The facets without a choice are counted by the search itself.
    const free = open.filter((f) => chosen[f.name].length === 0);
    const response = await engine.search({ query, filters: labelsOf(chosen), sort, counted: free.map((f) => f.name) });
    const counts = { ...response.facets, ...(await countsOf(open.filter((f) => !free.includes(f)), query, chosen, sort)) };
    if (id !== sequence) return;

    showCounts(counts, open);
    current = { results: response.results, shown: 0 };
    list.replaceChildren();
    await showMore(id);
    if (id !== sequence) return;
    say(summary(response.total, query, chosen));
    offerSuggestion(engine, query, response.total);
  }

  // Counts for facets. Within a facet the values are alternatives, so a facet with a choice counts what its other
  // values would add: the same search without that facet's own filter.
  async function countsOf(wanted, query, chosen, sort) {
    const labels = labelsOf(chosen);
    const counts = {};
    const free = wanted.filter((f) => chosen[f.name].length === 0);
    if (free.length > 0) {
      Object.assign(counts, (await engine.search({ query, filters: labels, sort, counted: free.map((f) => f.name) })).facets);
    }
    for (const facet of wanted.filter((f) => chosen[f.name].length > 0)) {
      const others = { ...labels, [facet.name]: [] };
      counts[facet.name] = (await engine.search({ query, filters: others, sort, counted: [facet.name] })).facets[facet.name] ?? {};
    }
    return counts;
  }

  async function showMore(id = sequence) {
    if (!current) return null;
    const batch = current.results.slice(current.shown, current.shown + PAGE_SIZE);
    const loaded = await Promise.all(batch.map((r) => r.load()));
    if (id !== sequence) return null;
    const items = loaded.map(resultItem);
    list.append(...items);
    current.shown += batch.length;
    const left = current.results.length - current.shown;
    moreButton.hidden = left <= 0;
    moreButton.textContent = `Toon meer resultaten (nog ${left})`;
    return items[0] ?? null;
  }

  function summary(total, query, chosen) {
    const filterCount = Object.values(chosen).reduce((n, values) => n + values.length, 0);
    const words = query.length > 0 ? ` voor “${query}”` : "";
    const withFilters = filterCount === 0 ? "" : filterCount === 1 ? " met 1 filter" : ` met ${filterCount} filters`;
    if (total === 0) {
      return `Geen resultaten${words}${withFilters}. Probeer een ander of korter woord${filterCount > 0 ? ", of minder filters" : ""}.`;
    }
    return `${total} ${total === 1 ? "resultaat" : "resultaten"}${words}${withFilters}.`;
  }

  function say(text) {
    status.textContent = text;
  }

  // --- Facets ---

  function showCounts(counts, counted) {
    for (const facet of counted) {
      const byLabel = counts[facet.name] ?? {};
      for (const value of facet.values) {
        value.count = byLabel[value.label] ?? 0;
        value.countElement.textContent = `(${value.count})`;
      }
      showFacet(facet);
    }
  }

  // Values nothing matches are hidden, except a checked one (it can be unchecked) and the one with focus (it would be
  // lost). Long facets show their first values until expanded. Closed facets are not counted (see countsOf).
  function showFacet(facet) {
    let visible = 0;
    let hiddenByPreview = 0;
    for (const value of facet.values) {
      const keep = value.box.checked || value.item.contains(document.activeElement);
      const matches = value.count > 0 || keep;
      const previewed = facet.expanded || !facet.toggle || visible < FACET_PREVIEW || keep;
      value.item.hidden = !matches || !previewed;
      if (matches) {
        visible += 1;
        if (!previewed) hiddenByPreview += 1;
      }
    }
    facet.none.hidden = visible > 0;
    if (facet.toggle) {
      facet.toggle.hidden = !facet.expanded && hiddenByPreview === 0;
    }
  }

  // --- Results ---

  function resultItem(result) {
    const item = document.createElement("li");
    item.className = "search-result";
    const heading = document.createElement("h3");
    heading.className = "search-result__title";
    const link = document.createElement("a");
    link.href = result.url;
    link.textContent = result.title;
    heading.append(link);
    item.append(heading);

    const facts = [result.kind, result.municipalities.join(", "), result.themes.join(", ")].filter((t) => t.length > 0);
    if (facts.length > 0) {
      const meta = document.createElement("p");
      meta.className = "search-result__meta";
      meta.textContent = facts.join(" · ");
      item.append(meta);
    }

    if (result.excerpt.length > 0) {
      const excerpt = document.createElement("p");
      excerpt.className = "search-result__excerpt";
      for (const part of result.excerpt) {
        if (part.marked) {
          const mark = document.createElement("mark");
          mark.textContent = part.text;
          excerpt.append(mark);
        } else {
          excerpt.append(part.text);
        }
      }
      item.append(excerpt);
    }
    return item;
  }
}

function setOpen(facet, open) {
  facet.open = open;
  facet.opener.setAttribute("aria-expanded", String(open));
  facet.body.hidden = !open;
}

function facetOf(element) {
  const values = [...element.querySelectorAll("input[type=checkbox]")].map((box) => ({
    box,
    key: box.value,
    label: box.dataset.label,
    item: box.closest("li"),
    countElement: box.closest("li").querySelector(".facet__count"),
    count: 0,
  }));
  return {
    name: element.dataset.facet,
    element,
    values,
    opener: element.querySelector(".facet__open"),
    body: element.querySelector(".facet__body"),
    none: element.querySelector(".facet__none"),
    open: element.querySelector(".facet__open").getAttribute("aria-expanded") === "true",
    toggle: element.querySelector(".facet__toggle"),
    expanded: false,
  };
}

function labelsOf(chosen) {
  const labels = {};
  for (const [name, values] of Object.entries(chosen)) {
    labels[name] = values.map((v) => v.label);
  }
  return labels;
}

// --- "Bedoelde je …?" (kept apart: the index side owns it) ---

// Under the status, when a query finds little: the likeliest spelling from the index's own words as a plain link to
// its search (one click, or Tab and Enter), and for a dated or hurtful word the term the site uses. Removed again as
// soon as a later query finds enough or the field has changed meanwhile.
const FEW_RESULTS = 3;

async function offerSuggestion(engine, query, total) {
  const status = document.getElementById("zoekstatus");
  const input = document.getElementById("zoekterm");
  const { suggestion, siteTerm } = query.trim().length > 0 && engine.suggest ? await engine.suggest(query) : {};
  // A later search may have run meanwhile: only the answer for what the field says now is shown.
  if (input.value.trim() !== query.trim()) return;
  const lines = [];
  if (suggestion && total < FEW_RESULTS) {
    lines.push(["Bedoelde je ", suggestion, "?"]);
  }
  if (siteTerm) {
    lines.push(["Op deze site heet dat ", siteTerm.used, "."]);
  }
  const box = document.createElement("p");
  box.id = "zoeksuggestie";
  box.className = "search__suggestion";
  for (const [before, term, after] of lines) {
    const link = document.createElement("a");
    link.href = `${location.pathname}?q=${encodeURIComponent(term)}`;
    link.textContent = term;
    box.append(box.childNodes.length > 0 ? " " : "", before, link, after);
  }
  const shown = document.getElementById("zoeksuggestie");
  // The same offer stays the same element, so a reader's focus on its link is never lost.
  if (shown && shown.textContent === box.textContent) return;
  shown?.remove();
  if (lines.length > 0) {
    status.after(box);
  }
}
