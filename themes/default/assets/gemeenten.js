// The municipality index (/gemeenten/): the finder above the map, and the map's labels.
//
// The finder is the ARIA Authoring Practices' editable combobox with list autocomplete: typing shows the matching
// municipalities in a listbox, Down and Up move through them (aria-activedescendant, focus stays in the field), Enter or
// a click opens the page, Escape closes the list and then clears the field. It reads names and addresses from the A–Z
// list on the page, former municipalities included ("Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)"), so it carries no
// data of its own. Without JavaScript it stays hidden and the list remains.
//
// No inline styles or handlers: the page's Content-Security-Policy allows neither (positions are set through the CSSOM).

const MAX_SUGGESTIONS = 8;
const STATUS_DELAY = 400;
const SVG = "http://www.w3.org/2000/svg";

startFinder(document.getElementById("gemeentezoeker"));
startMapLabels(document.querySelector(".kaart__svg"));

function startFinder(root) {
  if (!root) return;
  const input = root.querySelector("[role=combobox]");
  const list = document.getElementById(input.getAttribute("aria-controls"));
  const status = root.querySelector("[role=status]");
  const entries = [...document.querySelectorAll(".municipality-list a")].map((link) => {
    const name = link.textContent.trim();
    // A former municipality is found by its own name, not by the "(nu …)" that follows it.
    const key = normalize(name.replace(/\s*\([^)]*\)$/, ""));
    return { name, href: link.href, key, words: key.split(/[\s\-'’]+/).filter(Boolean) };
  });
  let shown = [];
  let active = -1;
  let statusTimer = 0;
  root.hidden = false;

  input.addEventListener("input", () => update(true));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden) {
        update(true);
        if (event.altKey || shown.length === 0) return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      select(active < 0 ? (step > 0 ? 0 : shown.length - 1) : (active + step + shown.length) % shown.length);
    } else if (event.key === "Enter") {
      const exact = shown.find((entry) => entry.key === normalize(input.value));
      const chosen = active >= 0 ? shown[active] : exact ?? (shown.length === 1 ? shown[0] : null);
      if (chosen) {
        event.preventDefault();
        go(chosen);
      }
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (!list.hidden) {
        close();
      } else {
        input.value = "";
        update(false);
      }
    }
  });
  input.addEventListener("blur", close);
  // A click on a suggestion must not take the focus from the field first (that would close the list under the pointer).
  list.addEventListener("mousedown", (event) => event.preventDefault());
  list.addEventListener("click", (event) => {
    const option = event.target.closest("[role=option]");
    if (option) go(shown[Number(option.dataset.index)]);
  });

  function update(announce) {
    const query = normalize(input.value);
    shown = query ? matches(query) : [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    list.replaceChildren(...shown.map((entry, i) => {
      const option = document.createElement("li");
      option.id = `gemeente-optie-${i}`;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.dataset.index = String(i);
      option.textContent = entry.name;
      return option;
    }));
    if (shown.length > 0) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    } else {
      close();
    }
    clearTimeout(statusTimer);
    if (!announce || !query) {
      status.textContent = "";
      return;
    }
    // Said once the reader pauses, not at every letter.
    statusTimer = setTimeout(() => {
      status.textContent = shown.length === 0 ? root.dataset.none
        : shown.length === 1 ? root.dataset.one
        : root.dataset.many.replace("{n}", String(shown.length));
    }, STATUS_DELAY);
  }

  function matches(query) {
    const rank = (entry) => entry.key.startsWith(query) ? 0
      : entry.words.some((word) => word.startsWith(query)) ? 1
      : entry.key.includes(query) ? 2 : -1;
    return entries
      .map((entry) => ({ entry, rank: rank(entry) }))
      .filter((m) => m.rank >= 0)
      .sort((a, b) => a.rank - b.rank || a.entry.name.localeCompare(b.entry.name, "nl"))
      .slice(0, MAX_SUGGESTIONS)
      .map((m) => m.entry);
  }

  function select(index) {
    const options = list.children;
    if (active >= 0) options[active].setAttribute("aria-selected", "false");
    active = index;
    options[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }

  function close() {
    list.hidden = true;
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function go(entry) {
    close();
    location.assign(entry.href);
  }
}

// The map: every area is a link named by its <title>. The name also appears in a label above the area under the pointer
// or with keyboard focus, and a ring drawn on top of all areas marks it (a focused area's own outline is partly covered
// by its neighbours, which come later in the SVG). The label replaces the browser's tooltip, so the titles become
// aria-labels: the accessible names stay the same.
function startMapLabels(svg) {
  if (!svg) return;
  const frame = svg.parentElement;
  const label = document.createElement("p");
  label.className = "kaart__label";
  label.setAttribute("aria-hidden", "true");
  label.hidden = true;
  frame.append(label);
  const ring = document.createElementNS(SVG, "path");
  ring.setAttribute("class", "kaart__ring");
  ring.setAttribute("aria-hidden", "true");
  svg.append(ring);
  for (const area of svg.querySelectorAll("a")) {
    const title = area.querySelector("title");
    if (title) {
      area.setAttribute("aria-label", title.textContent);
      title.remove();
    }
  }

  // Listeners on the frame, not on the SVG: Chromium makes an SVG element with focus listeners focusable itself.
  let focused = null;
  frame.addEventListener("focusin", (event) => {
    focused = event.target.closest(".kaart__svg a");
    if (focused) show(focused);
  });
  frame.addEventListener("focusout", () => {
    focused = null;
    hide();
  });
  frame.addEventListener("pointerover", (event) => {
    const area = event.target.closest(".kaart__svg a");
    if (area) show(area);
  });
  frame.addEventListener("pointerleave", () => (focused ? show(focused) : hide()));

  function show(area) {
    ring.setAttribute("d", area.querySelector("path").getAttribute("d"));
    label.textContent = area.getAttribute("aria-label");
    label.hidden = false;
    const box = area.getBoundingClientRect();
    const room = frame.getBoundingClientRect();
    const half = label.offsetWidth / 2;
    const centre = box.left + box.width / 2 - room.left;
    label.style.left = `${Math.min(Math.max(centre, half), room.width - half)}px`;
    const below = box.top - room.top < label.offsetHeight + 8;
    label.classList.toggle("kaart__label--below", below);
    label.style.top = `${(below ? box.bottom : box.top) - room.top}px`;
  }

  function hide() {
    label.hidden = true;
    ring.removeAttribute("d");
  }
}

/** Lower case without accents, so "leuven" finds Leuven and "wervik" finds Wervik. */
function normalize(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
}
