// A modern single-page portal: renders its case list on the client, filters, paginates and
// re-renders rows (replacing the nodes) when data refreshes, like many current frameworks do.
import { buildRow, HEADERS } from "./rows.js";

const search = new URLSearchParams(location.search);
const state = {
  page: 1,
  size: Number(search.get("size") ?? 25),
  n: Number(search.get("n") ?? 60),
  status: "",
  query: "",
};
// A page pinned to a reference day (?today=YYYY-MM-DD) asks for the cases of that day.
const today = search.get("today");
const body = document.querySelector("#case-table tbody");
const info = document.querySelector("#page-info");

async function load() {
  const params = new URLSearchParams({
    page: String(state.page),
    size: String(state.size),
    n: String(state.n),
    status: state.status,
    q: state.query,
    ...(today === null ? {} : { today }),
  });
  const response = await fetch(`/spa/api/cases?${params}`);
  const data = await response.json();
  body.replaceChildren(...data.items.map((item) => buildRow(document, item)));
  info.textContent = `Página ${data.page} de ${data.pages} — ${data.total} casos`;
  document.body.dataset.loaded = String(Date.now());
}

document
  .querySelector("#case-table thead tr")
  .replaceChildren(...HEADERS.map((text) => Object.assign(document.createElement("th"), { textContent: text })));
document.querySelector("#filter-status").addEventListener("change", (event) => {
  state.status = event.target.value;
  state.page = 1;
  load();
});
document.querySelector("#filter-query").addEventListener("input", (event) => {
  state.query = event.target.value;
  state.page = 1;
  load();
});
document.querySelector("#next").addEventListener("click", () => {
  state.page += 1;
  load();
});
document.querySelector("#prev").addEventListener("click", () => {
  state.page = Math.max(1, state.page - 1);
  load();
});
document.querySelector("#refresh").addEventListener("click", () => load());
// Data refreshes every few seconds: rows are rebuilt from scratch.
setInterval(load, Number(search.get("refreshMs") ?? 5000));
load();
