// The form "Praktijk voorstellen" on /bijdragen/, made a little easier with JavaScript. Without it the form works as
// plain HTML: the browser checks the required fields and every section stays visible.
//
// - "Meld een wijziging" links here with ?pagina=…&titel=…&gemeente=…: the form opens in change mode with the page
//   filled in; ?gemeente=<slug> alone fills in the municipality of a new practice.
// - The mode ("nieuw" or "wijziging") shows the sections that matter for it.
// - On sending, the fields are checked as GOV.UK's patterns ask: an error summary at the top that takes the focus and
//   links to each field, and the same message next to the field. Nothing is sent until the form is right.
//
// No inline styles or handlers: the page's Content-Security-Policy allows neither.
(function () {
  "use strict";
  const form = document.getElementById("formulier");
  const summary = document.getElementById("foutenoverzicht");
  if (!form || !summary) return;

  const params = new URLSearchParams(window.location.search);
  const municipalityInput = form.elements.namedItem("gemeenten");
  const pageTitle = document.title;

  prefill();
  form.addEventListener("change", (event) => {
    if (event.target.name === "soort") showMode();
  });
  showMode();
  form.noValidate = true;
  form.addEventListener("submit", (event) => {
    const errors = validate();
    if (errors.length > 0) {
      event.preventDefault();
      showErrors(errors);
    }
  });
  summary.addEventListener("click", (event) => {
    const link = event.target.closest("a");
    if (!link) return;
    const target = document.getElementById(link.getAttribute("href").slice(1));
    if (target) {
      event.preventDefault();
      target.focus();
      target.scrollIntoView({ block: "center" });
    }
  });

  function mode() {
    const checked = form.querySelector("input[name=soort]:checked");
    return checked ? checked.value : "nieuw";
  }

  function prefill() {
    const slug = params.get("gemeente");
    if (slug && municipalityInput) {
      const option = [...document.querySelectorAll("#gemeenten-lijst option")].find((o) => o.dataset.slug === slug);
      if (option) municipalityInput.value = option.value;
    }

    const page = params.get("pagina");
    if (page) {
      const change = document.getElementById("soort-wijziging");
      if (change) change.checked = true;
      setValue("pagina", page);
      setValue("title", params.get("titel") || "");
    }
  }

  function setValue(name, value) {
    const field = form.elements.namedItem(name);
    if (field && value) field.value = value;
  }

  function showMode() {
    const current = mode();
    for (const section of form.querySelectorAll(".form-section[data-mode]")) {
      section.hidden = section.dataset.mode !== current;
    }
  }

  // Every problem of the visible fields, in the order of the form: { id of the element to focus, group, message }.
  function validate() {
    const current = mode();
    const errors = [];
    for (const group of form.querySelectorAll(".form-group")) {
      const section = group.closest(".form-section");
      if (section && section.hidden) continue;
      const fieldset = group.querySelector("fieldset[data-name]");
      if (fieldset) {
        const boxes = [...fieldset.querySelectorAll("input")];
        const count = boxes.filter((b) => b.checked).length;
        if (fieldset.dataset.requiredNew && current === "nieuw" && count === 0) {
          errors.push({ id: boxes[0].id, group, message: fieldset.dataset.error });
        } else if (fieldset.dataset.max && count > Number(fieldset.dataset.max)) {
          errors.push({ id: boxes[0].id, group, message: fieldset.dataset.tooMany });
        }
        continue;
      }

      const field = group.querySelector("input.form-input, textarea.form-input");
      if (!field) continue;
      const value = field.value.trim();
      const required = field.required || (field.dataset.requiredNew && current === "nieuw") || (field.dataset.requiredChange && current === "wijziging");
      if (required && value === "") {
        errors.push({ id: field.id, group, message: field.dataset.error });
      } else if (value !== "" && field.pattern && !new RegExp("^(?:" + field.pattern + ")$").test(value)) {
        errors.push({ id: field.id, group, message: field.dataset.error });
      } else if (value !== "" && field.type === "email" && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) {
        errors.push({ id: field.id, group, message: field.dataset.error });
      }
    }
    return errors;
  }

  function showErrors(errors) {
    for (const group of form.querySelectorAll(".form-group--error")) clearError(group);
    const list = summary.querySelector("ul");
    list.replaceChildren();
    for (const error of errors) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = "#" + error.id;
      link.textContent = error.message;
      item.append(link);
      list.append(item);
      showError(error.group, error.message);
    }
    summary.hidden = false;
    document.title = "Fout: " + pageTitle;
    summary.focus();
  }

  function showError(group, message) {
    group.classList.add("form-group--error");
    const text = group.querySelector(".form-error");
    const hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = "Fout: ";
    text.replaceChildren(hidden, message);
    text.hidden = false;
    const described = group.querySelector("fieldset, .form-input");
    described.setAttribute("aria-describedby", [text.id, described.getAttribute("aria-describedby")].filter(Boolean).join(" "));
    if (!described.matches("fieldset")) described.setAttribute("aria-invalid", "true");
  }

  function clearError(group) {
    group.classList.remove("form-group--error");
    const text = group.querySelector(".form-error");
    text.hidden = true;
    text.replaceChildren();
    const described = group.querySelector("fieldset, .form-input");
    const rest = (described.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && id !== text.id);
    if (rest.length > 0) described.setAttribute("aria-describedby", rest.join(" "));
    else described.removeAttribute("aria-describedby");
    described.removeAttribute("aria-invalid");
  }
})();
