// summitry pages: a little behaviour on server-rendered HTML. Text from the server is put
// into the page with textContent and value only, never as markup.
"use strict";

function debounce(fn, ms) {
  let timer = null;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

// Actor inputs suggest actors from /api/actors as one types (names in any language).
function actorSuggestions() {
  for (const input of document.querySelectorAll("input.actor-input")) {
    const list = document.getElementById(input.getAttribute("list"));
    if (!list) continue;
    const suggest = debounce(async () => {
      const q = input.value.trim();
      if (q.length < 1) return;
      try {
        const r = await fetch("/api/actors?limit=10&q=" + encodeURIComponent(q));
        if (!r.ok) return;
        const page = await r.json();
        list.replaceChildren(...page.items.map((a) => {
          const option = document.createElement("option");
          option.value = a.name;
          option.label = a.type + " · " + (a.code || a.id) + " · " + a.meetings;
          return option;
        }));
      } catch (e) { /* suggestions are a convenience; the form works without them */ }
    }, 150);
    input.addEventListener("input", suggest);
  }
}

// Meeting page: pointing at a field lights the words that state it in every article.
function fieldHighlights() {
  for (const row of document.querySelectorAll("tr.field")) {
    const on = () => { document.body.dataset.lit = row.dataset.field; };
    const off = () => { delete document.body.dataset.lit; };
    row.addEventListener("mouseenter", on);
    row.addEventListener("focus", on);
    row.addEventListener("mouseleave", off);
    row.addEventListener("blur", off);
  }
}

// Document page: each annotation layer can be hidden.
function layerToggles() {
  for (const box of document.querySelectorAll("#layers input[data-layer]")) {
    box.addEventListener("change", () => {
      document.body.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  }
}

// Lists: a click on a column heading sorts the rows on the page by it (again: reversed).
// A cell's data-value, when set, is what it sorts by (dates: "~" sorts undated last).
function cellValue(row, index, numeric) {
  const cell = row.children[index];
  const text = cell ? (cell.dataset.value ?? cell.textContent.trim()) : "";
  return numeric ? (parseFloat(text) || 0) : text;
}

function sortableTables() {
  for (const table of document.querySelectorAll("table.sortable")) {
    const body = table.tBodies[0];
    table.querySelectorAll("th[data-sort]").forEach((th, index) => {
      th.tabIndex = 0;
      const sort = () => {
        const numeric = th.dataset.sort === "num";
        const up = th.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("th[aria-sort]").forEach((h) => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        const rows = [...body.rows].filter((r) => r.cells.length > 1);
        rows.sort((a, b) => {
          const x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
          const order = numeric ? x - y : String(x).localeCompare(String(y));
          return up ? order : -order;
        });
        body.append(...rows);
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", (e) => { if (e.key === "Enter") sort(); });
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  sortableTables();
  actorSuggestions();
  fieldHighlights();
  layerToggles();
});
