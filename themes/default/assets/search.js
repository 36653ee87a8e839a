// The search page (/zoeken/): results while typing, facets with counts, the state in the URL
// (/zoeken/?q=taal&thema=onderwijs&volgorde=nieuwste) so a search can be shared and the back button works. An empty
// query lists every page, newest first, so the page is also where readers browse.
// The index engine sits behind an adapter (data-engine, see search-pagefind.js); this file never names it.
// No inline styles or handlers: the page's Content-Security-Policy allows neither.

const PAGE_SIZE = 10;
const TYPING_DELAY = 150;
const SORT_PARAM = "volgorde";
const NEWEST = "nieuwste";
const ANNOUNCE_DELAY = 1000; // The live region speaks once typing has paused this long, not at every key.
const MAX_THEMES = 3; // A result names at most this many themes, then "+N".
const WIDE = "(min-width: 50em)"; // search.css puts the filters beside the results from here on.

const root = document.getElementById("zoeken");
// How many values a long facet shows before its "show all" button: stated by the page, which the build wrote.
const FACET_PREVIEW = root ? Number(root.dataset.facetPreview) : 0;
if (root) {
  start(root);
}

async function start(root) {
  const form = document.getElementById("zoekformulier");
  const input = document.getElementById("zoekterm");
  const body = document.getElementById("zoekgebied");
  const filters = document.getElementById("zoekfilters");
  const filterCount = document.getElementById("filters-aantal");
  const sortSelect = document.getElementById("volgorde");
  const sortLine = document.getElementById("sorteren");
  const active = document.getElementById("actieve-filters");
  const chips = document.getElementById("filterchips");
  const clearButton = document.getElementById("filters-wissen");
  const status = document.getElementById("zoekstatus");
  const live = document.getElementById("zoekmelding");
  const zero = document.getElementById("geen-resultaten");
  const withoutFilters = document.getElementById("zonder-filters");
  const withoutFiltersList = document.getElementById("zonder-filters-lijst");
  const topicsList = document.getElementById("onderwerpen-lijst");
  const list = document.getElementById("zoekresultaten");
  const moreButton = document.getElementById("meer-resultaten");
  const facets = [...filters.querySelectorAll(".facet[data-facet]")].map(facetOf);

  let engine;
  try {
    const adapter = await import(root.dataset.engine);
    engine = await adapter.open(new URL(root.dataset.index, location.href).href);
  } catch (error) {
    console.error(error);
    body.hidden = false;
    filters.hidden = true;
    sortLine.hidden = true;
    status.textContent = "Zoeken werkt nu niet: de zoekindex kon niet geladen worden. Blader hieronder per thema, gemeente of doelgroep.";
    live.textContent = status.textContent;
    return;
  }

  body.hidden = false;
  // Beside the results on a wide screen the filters stand open; on a phone they start folded, results first.
  const wide = window.matchMedia(WIDE);
  filters.open = wide.matches;
  wide.addEventListener("change", () => {
    filters.open = wide.matches;
  });
  showTopics();

  let current = null; // The search on screen: { results, shown }.
  let sequence = 0; // Only the newest search may touch the page; older answers arrive late and are dropped.
  let running = Promise.resolve(); // The newest search, for "go to the results" to wait on.
  let typingTimer = 0;
  let typingEntry = false; // The current history entry was made by typing: more typing replaces it.
  let announceTimer = 0;
  let announced = "";

  readUrl();
  search({ speak: "now" });

  input.addEventListener("input", () => {
    clearTimeout(typingTimer);
    engine.preload(input.value);
    typingTimer = setTimeout(() => {
      writeUrl(typingEntry ? "replace" : "push");
      typingEntry = true;
      search({ speak: "later" });
    }, TYPING_DELAY);
  });

  // Enter (or the button) is the reader saying "show me": the focus goes to the number of results, one Tab before the
  // first result. That line is read out on focus, so the live region stays quiet.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    writeUrl(typingEntry ? "replace" : "push");
    typingEntry = false;
    search({ speak: "never" });
    goToResults();
  });

  filters.addEventListener("change", (event) => {
    if (event.target.matches("input[type=checkbox]")) {
      changed();
    }
  });

  // Enter on a filter goes to the results as Enter in the search field does; without it a keyboard reader would tab
  // past every other filter first.
  filters.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target.matches("input[type=checkbox]")) {
      event.preventDefault();
      goToResults();
    } else if (event.key === "Escape" && filters.open && !wide.matches) {
      // On a phone the unfolded filters cover the results: Escape folds them and returns to "Filters".
      filters.open = false;
      filters.querySelector("summary").focus();
    }
  });

  sortSelect.addEventListener("change", changed);

  clearButton.addEventListener("click", () => {
    for (const facet of facets) {
      for (const value of facet.values) {
        value.box.checked = false;
      }
    }
    changed();
    input.focus();
  });

  chips.addEventListener("click", (event) => {
    const chip = event.target.closest("button[data-facet]");
    if (chip) {
      const index = Number(chip.dataset.index);
      remove(chip.dataset.facet, chip.dataset.key);
      // The focus stays in the row of chips (the next one, else the one before), or returns to the search field.
      const left = chips.querySelectorAll("button");
      (left[index] ?? left[index - 1] ?? input).focus();
    }
  });

  withoutFiltersList.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-facet]");
    if (button) {
      remove(button.dataset.facet, button.dataset.key);
      goToResults();
    }
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
    search({ speak: "now" });
  });

  function changed() {
    writeUrl("push");
    typingEntry = false;
    search({ speak: "now" });
  }

  function search(options) {
    running = run(options);
    return running;
  }

  async function goToResults() {
    await running;
    status.focus();
  }

  function remove(facetName, key) {
    const value = facets.find((f) => f.name === facetName)?.values.find((v) => v.key === key);
    if (value) {
      value.box.checked = false;
      changed();
    }
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

  async function run({ speak }) {
    const id = ++sequence;
    const { query, chosen, sort } = state();
    const open = facets.filter((f) => f.open);
    showChosen(chosen);
    // Relevance means nothing without words: an empty query lists every page, newest first.
    sortLine.hidden = query.length === 0;
    const order = query.length === 0 ? "newest" : sort;

    // The facets without a choice are counted by the search itself.
    const free = open.filter((f) => chosen[f.name].length === 0);
    const response = await engine.search({ query, filters: labelsOf(chosen), sort: order, counted: free.map((f) => f.name) });
    const counts = { ...response.facets, ...(await countsOf(open.filter((f) => !free.includes(f)), query, chosen, order)) };
    if (id !== sequence) return;

    showCounts(counts, open);
    current = { results: response.results, shown: 0 };
    list.replaceChildren();
    zero.hidden = true;
    await showMore(id);
    if (id !== sequence) return;
    const text = summary(response.total, query, chosen);
    status.textContent = text;
    if (response.total === 0) {
      sortLine.hidden = true; // nothing to order
      await showZero(id, query, chosen, order);
      if (id !== sequence) return;
    }
    announce(text, speak);
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
    const count = chosenCount(chosen);
    const words = query.length > 0 ? ` voor “${query}”` : "";
    const withFilters = count === 0 ? "" : count === 1 ? " met 1 filter" : ` met ${count} filters`;
    if (total === 0) {
      return `Geen resultaten${words}${withFilters}. Probeer een ander of korter woord${count > 0 ? ", of minder filters" : ""}.`;
    }
    if (query.length === 0 && count === 0) {
      return `${total} ${total === 1 ? "resultaat" : "resultaten"}, de nieuwste eerst.`;
    }
    return `${total} ${total === 1 ? "resultaat" : "resultaten"}${words}${withFilters}.`;
  }

  // The live region: "now" after a filter or a page load, "later" while typing (only the last count once the reader
  // pauses), "never" when the focus goes to the count line itself, which is then read out.
  function announce(text, speak) {
    clearTimeout(announceTimer);
    if (speak === "never") {
      announced = text;
      return;
    }
    const tell = () => {
      if (text !== announced) {
        announced = text;
        live.textContent = text;
      }
    };
    if (speak === "now") {
      tell();
    } else {
      announceTimer = setTimeout(tell, ANNOUNCE_DELAY);
    }
  }

  // --- Active filters: chips above the results, and the count on the folded filters ---

  function showChosen(chosen) {
    const count = chosenCount(chosen);
    filterCount.textContent = count > 0 ? ` (${count})` : "";
    const items = [];
    for (const facet of facets) {
      for (const value of chosen[facet.name]) {
        const item = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        button.className = "chip";
        button.dataset.facet = facet.name;
        button.dataset.key = value.key;
        button.dataset.index = String(items.length);
        const name = document.createElement("span");
        name.className = "visually-hidden";
        name.textContent = `Verwijder filter ${facet.legend}: `;
        const cross = document.createElement("span");
        cross.className = "chip__remove";
        cross.setAttribute("aria-hidden", "true");
        cross.textContent = "×";
        button.append(name, value.label, cross);
        item.append(button);
        items.push(item);
      }
    }
    chips.replaceChildren(...items);
    active.hidden = count === 0;
  }

  // --- When nothing is found: the spelling suggestion, each filter to drop (with what it would give), topics ---

  async function showZero(id, query, chosen, sort) {
    const actions = [];
    const labels = labelsOf(chosen);
    for (const facet of facets) {
      for (const value of chosen[facet.name]) {
        const others = { ...labels, [facet.name]: labels[facet.name].filter((l) => l !== value.label) };
        const { total } = await engine.search({ query, filters: others, sort, counted: [] });
        if (id !== sequence) return;
        const item = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        button.dataset.facet = facet.name;
        button.dataset.key = value.key;
        button.textContent = `Zonder ${facet.legend.toLowerCase()} “${value.label}”: ${total} ${total === 1 ? "resultaat" : "resultaten"}`;
        item.append(button);
        actions.push(item);
      }
    }
    withoutFiltersList.replaceChildren(...actions);
    withoutFilters.hidden = actions.length === 0;
    zero.hidden = false;
  }

  // Every theme as a way in: the site's own words for what readers look for.
  function showTopics() {
    const themes = facets.find((f) => f.name === "thema");
    topicsList.replaceChildren(
      ...(themes?.values ?? []).map((value) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = `${location.pathname}?thema=${encodeURIComponent(value.key)}`;
        link.textContent = value.label;
        item.append(link);
        return item;
      }),
    );
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

    const shown = result.themes.slice(0, MAX_THEMES).join(", ");
    const facts = [result.kind, result.municipalities.join(", "), shown].filter((t) => t.length > 0);
    if (facts.length > 0) {
      const meta = document.createElement("p");
      meta.className = "search-result__meta";
      meta.textContent = facts.join(" · ");
      const more = result.themes.length - MAX_THEMES;
      if (more > 0) {
        const extra = document.createElement("span");
        extra.className = "search-result__more";
        extra.textContent = ` +${more}`;
        const words = document.createElement("span");
        words.className = "visually-hidden";
        words.textContent = more === 1 ? " ander thema" : " andere thema’s";
        extra.append(words);
        meta.append(extra);
      }
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

function chosenCount(chosen) {
  return Object.values(chosen).reduce((n, values) => n + values.length, 0);
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
    legend: element.querySelector(".facet__open").textContent.trim(),
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
