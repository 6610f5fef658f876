import { describe, expect, it } from "vitest";
import { parseHtml } from "../testing/index.js";
import { ageFromBirthDate, parseDays, parsePortalDate } from "./dates.js";
import { bodyRows, cellText, definitionValue, fieldValue } from "./dom.js";
import { parseCountry } from "./countries.js";
import {
  DECISION_OUTCOMES,
  lookup,
  parseYesNo,
  PROCEDURE_STAGES,
  RELATIONSHIPS,
  RESIDENCE_STATUSES,
} from "./vocabulary.js";
import { listText, normalizeLabel, parseInteger, presentText } from "./text.js";

/** The value, or a thrown Error naming what the test expected to find. */
function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, found none`);
  return value;
}

describe("dates", () => {
  it.each([
    ["15/03/2019", "2019-03-15"],
    ["15/03/2019 10:30", "2019-03-15"],
    ["15/03/2019 10:30:05 p. m.", "2019-03-15"],
    ["3 mai 2019", "2019-05-03"],
    ["5-3-2019", "2019-03-05"],
    ["15.03.19", "2019-03-15"],
    ["01/02/58", "1958-02-01"],
    ["2019-03-15", "2019-03-15"],
    ["15 de marzo de 2019", "2019-03-15"],
    ["15 de março de 2019", "2019-03-15"],
    ["1º de setiembre de 2019", "2019-09-01"],
    ["15 mar 2019", "2019-03-15"],
    ["15 Dez. 2019", "2019-12-15"],
    ["March 15 2019", undefined],
    ["31/02/2019", undefined],
    ["—", undefined],
  ])("%s -> %s", (input, expected) => {
    expect(parsePortalDate(input)).toBe(expected);
  });

  it("ages and day counts", () => {
    expect(ageFromBirthDate("20/11/2001", "2019-11-20")).toBe(18);
    expect(ageFromBirthDate("21/11/2001", "2019-11-20")).toBe(17);
    expect(ageFromBirthDate("01/01/2030", "2019-11-20")).toBeUndefined();
    expect(parseDays("180 días")).toBe(180);
    expect(parseDays("60 dias")).toBe(60);
    expect(parseDays("90")).toBe(90);
    expect(parseDays("2 años")).toBeUndefined();
    expect(parseDays("60 días hábiles")).toBeUndefined();
    expect(parseInteger("35 años")).toBe(35);
    expect(parseInteger("1.250")).toBe(1250);
    expect(parseInteger("")).toBeUndefined();
    expect(parseInteger("desconocida")).toBeUndefined();
    expect(parseInteger("1,5")).toBeUndefined();
  });
});

describe("vocabularies", () => {
  it("yes/no in es, pt and en", () => {
    expect(["Sí", "SIM", "yes"].map(parseYesNo)).toEqual([true, true, true]);
    expect(["No", "Não", "no"].map(parseYesNo)).toEqual([false, false, false]);
    expect(parseYesNo("Tal vez")).toBeUndefined();
  });

  it("decision words, ignoring case, accents and trailing detail", () => {
    expect(lookup(DECISION_OUTCOMES, "DENEGADO")).toBe("rejected");
    expect(lookup(DECISION_OUTCOMES, "Denegado (verbal)")).toBe("rejected");
    expect(lookup(DECISION_OUTCOMES, "Indeferido")).toBe("rejected");
    expect(lookup(DECISION_OUTCOMES, "Reconhecido")).toBe("recognized");
    expect(lookup(DECISION_OUTCOMES, "En evaluación")).toBeUndefined();
    // Words after a known value can change its meaning: only a remark in parentheses is ignored.
    expect(lookup(DECISION_OUTCOMES, "Denegado (Res. 123-2019/CEPR)")).toBe("rejected");
    expect(lookup(RESIDENCE_STATUSES, "Solicitante de PTP")).toBeUndefined();
    expect(lookup(RESIDENCE_STATUSES, "PTP vencido")).toBeUndefined();
    expect(lookup(RELATIONSHIPS, "Hija política")).toBeUndefined();
    expect(lookup(RELATIONSHIPS, "Padre del cónyuge")).toBeUndefined();
    expect(lookup(PROCEDURE_STAGES, "En trámite de apelación")).toBeUndefined();
  });

  it("trailing detail that starts with a number or a date: an age, the day of a decision", () => {
    expect(lookup(RELATIONSHIPS, "Titular, 34 anos")).toBe("principal");
    expect(lookup(RELATIONSHIPS, "Hija de 7 años")).toBe("child");
    expect(lookup(DECISION_OUTCOMES, "Indeferido em 30/09/2019 — notificação verbal")).toBe("rejected");
    expect(lookup(DECISION_OUTCOMES, "Denegado el 3 de mayo de 2019")).toBe("rejected");
    expect(lookup(DECISION_OUTCOMES, "Protección complementaria: 12/01/2020")).toBe("complementary-protection");
    expect(lookup(PROCEDURE_STAGES, "En apelación desde 02/10/2019")).toBe("appeal");
    // Words after the value, even with a number further on, are not detail: they may change it.
    expect(lookup(RESIDENCE_STATUSES, "Solicitante de PTP")).toBeUndefined();
    expect(lookup(RESIDENCE_STATUSES, "Solicitante de PTP, 2019")).toBeUndefined();
    expect(lookup(RESIDENCE_STATUSES, "PTP vencido el 01/01/2019")).toBeUndefined();
    expect(lookup(RELATIONSHIPS, "Hija política, 30 años")).toBeUndefined();
    expect(lookup(PROCEDURE_STAGES, "En trámite de apelación desde 2019")).toBeUndefined();
  });

  it("countries by code, name in three languages or demonym", () => {
    expect(
      ["VE", "VEN", "Venezuela", "VENEZOLANA", "venezuelana", "Venezuela (República Bolivariana de)"].map(parseCountry),
    ).toEqual(Array(6).fill("VE"));
    expect(parseCountry("Narnia")).toBeUndefined();
    expect(parseCountry("Haití")).toBe("HT");
    expect(parseCountry("Colômbia")).toBe("CO");
    expect(parseCountry("Congo, República Democrática del")).toBe("CD");
    expect(parseCountry("Venezuela, República Bolivariana de")).toBe("VE");
    expect(parseCountry("no")).toBeUndefined();
    expect(parseCountry("si")).toBeUndefined();
  });

  it("labels and placeholders", () => {
    expect(normalizeLabel("  Fecha de Nacimiento: ")).toBe("fecha de nacimiento");
    expect(presentText(" — ")).toBeUndefined();
    expect(presentText("s/d")).toBeUndefined();
  });
});

describe("finding values by what people see", () => {
  it("keeps the items of a list value apart, one line each", () => {
    const document = parseHtml(
      `<dl><dt>Familia</dt><dd><ul><li>Titular, 34 anos</li><li>Filha,
      7 anos</li></ul></dd><dt>Notas</dt><dd>Primera<br>Segunda <b>parte</b></dd><dt>Simple</dt><dd> Uno  dos </dd></dl>`,
      "http://portal.test/",
    );
    expect(definitionValue(document, "Familia")).toBe("Titular, 34 anos\nFilha, 7 anos");
    expect(definitionValue(document, "Notas")).toBe("Primera\nSegunda parte");
    expect(definitionValue(document, "Simple")).toBe("Uno dos");
    // Code plugins that clean the text get the items with a space between them, never run together.
    expect(presentText(definitionValue(document, "Familia"))).toBe("Titular, 34 anos Filha, 7 anos");
    expect(listText(null)).toBe("");
  });

  const document = parseHtml(
    `<table id="t"><thead><tr><th colspan="2">Caso</th><th>Nacionalidad</th><th>Fecha de Nac.</th></tr></thead>
     <tbody><tr><td>A</td><td>1</td><td>Venezolana</td><td>01/02/1990</td></tr></tbody></table>
     <table id="moved"><tr><th>Fecha de nac.</th><th>Nacionalidad</th></tr><tr><td>03/04/1985</td><td>Colombiana</td></tr></table>
     <dl><dt>Estado:</dt><dd>Denegado</dd></dl>
     <form><label for="n">Nacionalidad</label><input id="n" value="CUBANA">
       <label>Decisión <select><option>Autorizado</option><option selected>Denegado</option></select></label>
       <input type="checkbox" id="v" checked><label for="v">Visa humanitaria</label></form>`,
    "http://localhost/",
  );

  it("reads a cell by its header text, whatever the column order (colspan-aware)", () => {
    const row = defined(bodyRows(document.querySelector("#t"))[0], "a body row in #t");
    expect(cellText(row, "Nacionalidad")).toBe("Venezolana");
    expect(cellText(row, "fecha de nac")).toBe("01/02/1990");
    expect(cellText(row, "Sexo")).toBeUndefined();
    const moved = defined(bodyRows(document.querySelector("#moved"))[0], "a body row in #moved");
    expect(cellText(moved, "Nacionalidad")).toBe("Colombiana");
  });

  it("reads cells under rowspans and two-row headers as a browser lays them out", () => {
    const document = parseHtml(
      `<table id="family"><thead>
        <tr><th rowspan="2">Expediente</th><th rowspan="2">Parentesco</th><th colspan="2">Fechas</th></tr>
        <tr><th>Nacimiento</th><th>Solicitud</th></tr>
      </thead><tbody>
        <tr><td rowspan="2">E-1</td><td>Titular</td><td>01/02/1980</td><td>15/03/2019</td></tr>
        <tr><td>Hijo</td><td>05/06/2012</td><td>15/03/2019</td></tr>
        <tr><td>E-2</td><td>Titular</td><td>07/08/1990</td><td>16/03/2019</td></tr>
      </tbody></table>`,
      "https://portal.test/",
    );
    const rows = bodyRows(document.querySelector("#family"));
    expect(
      rows.map((row) => [
        cellText(row, "Expediente"),
        cellText(row, "Parentesco"),
        cellText(row, "Nacimiento"),
        cellText(row, "Solicitud"),
      ]),
    ).toEqual([
      ["E-1", "Titular", "01/02/1980", "15/03/2019"],
      ["E-1", "Hijo", "05/06/2012", "15/03/2019"],
      ["E-2", "Titular", "07/08/1990", "16/03/2019"],
    ]);
  });

  it("reads definition lists and labelled form fields", () => {
    expect(definitionValue(document, "estado")).toBe("Denegado");
    expect(fieldValue(document, "Nacionalidad")).toBe("CUBANA");
    expect(fieldValue(document, "Decisión")).toBe("Denegado");
    expect(fieldValue(document, "Visa humanitaria")).toBe("sí");
    expect(fieldValue(document, "Pasaporte")).toBeUndefined();
  });

  it("labels with a required-field marker, a hint or their words in bold", () => {
    const document = parseHtml(
      `<form>
      <label>Nacionalidad <span class="req">*</span><input value="Venezolana"></label>
      <label><strong>Fecha:</strong> <input value="15/03/2019"></label>
      <label>Nacimiento <span class="hint">(dd/mm/aaaa)</span> <input value="01/02/1980"></label>
      <label>Lugar: <span class="req">*</span> <span class="valor">CEBAF Tumbes</span></label>
      <label><strong>Estado</strong> <span>Admitido</span></label>
    </form>`,
      "https://portal.test/",
    );
    expect(fieldValue(document, "Nacionalidad")).toBe("Venezolana");
    expect(fieldValue(document, "Fecha")).toBe("15/03/2019");
    expect(fieldValue(document, "Nacimiento")).toBe("01/02/1980");
    expect(fieldValue(document, "Lugar")).toBe("CEBAF Tumbes");
    expect(fieldValue(document, "Estado")).toBe("Admitido");
    expect(normalizeLabel("Nº Expediente")).toBe(normalizeLabel("N° Expediente"));
  });
});
