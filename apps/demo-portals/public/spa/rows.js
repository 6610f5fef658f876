// Builds the SPA's case rows with DOM APIs (never innerHTML): shared by the browser app and by the
// script that saves the rendered page for plugin tests.
export function buildRow(document, item) {
  const row = document.createElement("tr");
  row.className = "case-row";
  row.dataset.caseId = item.file;
  const cells = [
    item.file,
    item.alias,
    item.nationality,
    item.age,
    item.claimDate,
    item.location,
    item.status,
    item.decision,
  ];
  for (const value of cells) {
    const cell = document.createElement("td");
    cell.textContent = String(value);
    row.append(cell);
  }
  const actions = document.createElement("td");
  const open = document.createElement("button");
  open.type = "button";
  open.textContent = "Abrir";
  actions.append(open);
  row.append(actions);
  return row;
}

export const HEADERS = ["Caso", "Alias", "Nacionalidad", "Edad", "Registro", "Ubicación", "Estado", "Decisión", ""];
