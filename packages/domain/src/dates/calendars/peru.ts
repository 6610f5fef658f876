import { cite } from "../../sources/citation.js";
import type { HolidayCalendar } from "../holidays.js";

const DLEG_713 = cite("pe-dleg-713", "art. 6");
const t = (es: string, pt: string, en: string) => ({ es, pt, en });

/**
 * Peru's national public holidays (feriados nacionales), which Peru's administrative procedure law
 * leaves out of a count in working days. Decreto Legislativo 713 art. 6, as amended: 9 December and
 * 6 August from 2022 (Laws 31381 and 31530), 7 June from 2024 (Law 31788, published after 7 June
 * 2023); 23 July from 2023 under Law 16126 art. 4 as amended by Law 31822. Checked against the 2026
 * lists published in January 2026. Regional holidays and the non-working days decreed each year for
 * the public sector are not here.
 */
export const PERU_HOLIDAYS: HolidayCalendar = {
  country: "PE",
  years: { from: 2018, to: 2027 },
  lastVerified: "2026-01-05",
  fixed: [
    { month: 1, day: 1, name: t("Año Nuevo", "Ano-Novo", "New Year's Day"), source: DLEG_713, fromYear: 1991 },
    { month: 5, day: 1, name: t("Día del Trabajo", "Dia do Trabalho", "Labour Day"), source: DLEG_713, fromYear: 1991 },
    {
      month: 6,
      day: 7,
      name: t(
        "Batalla de Arica y Día de la Bandera",
        "Batalha de Arica e Dia da Bandeira",
        "Battle of Arica and Flag Day",
      ),
      source: cite("pe-law-31788", null),
      fromYear: 2024,
    },
    {
      month: 6,
      day: 29,
      name: t("San Pedro y San Pablo", "São Pedro e São Paulo", "Saints Peter and Paul"),
      source: DLEG_713,
      fromYear: 1991,
    },
    {
      month: 7,
      day: 23,
      name: t("Día de la Fuerza Aérea del Perú", "Dia da Força Aérea do Peru", "Peruvian Air Force Day"),
      source: cite("pe-law-31822", null),
      fromYear: 2023,
    },
    {
      month: 7,
      day: 28,
      name: t("Fiestas Patrias", "Festas Pátrias", "Independence Day"),
      source: DLEG_713,
      fromYear: 1991,
    },
    {
      month: 7,
      day: 29,
      name: t("Fiestas Patrias", "Festas Pátrias", "Independence Day"),
      source: DLEG_713,
      fromYear: 1991,
    },
    {
      month: 8,
      day: 6,
      name: t("Batalla de Junín", "Batalha de Junín", "Battle of Junín"),
      source: cite("pe-law-31530", null),
      fromYear: 2022,
    },
    {
      month: 8,
      day: 30,
      name: t("Santa Rosa de Lima", "Santa Rosa de Lima", "Saint Rose of Lima"),
      source: DLEG_713,
      fromYear: 1991,
    },
    {
      month: 10,
      day: 8,
      name: t("Combate de Angamos", "Combate de Angamos", "Battle of Angamos"),
      source: DLEG_713,
      fromYear: 1991,
    },
    {
      month: 11,
      day: 1,
      name: t("Todos los Santos", "Todos os Santos", "All Saints' Day"),
      source: DLEG_713,
      fromYear: 1991,
    },
    {
      month: 12,
      day: 8,
      name: t("Inmaculada Concepción", "Imaculada Conceição", "Immaculate Conception"),
      source: DLEG_713,
      fromYear: 1991,
    },
    {
      month: 12,
      day: 9,
      name: t("Batalla de Ayacucho", "Batalha de Ayacucho", "Battle of Ayacucho"),
      source: cite("pe-law-31381", null),
      fromYear: 2022,
    },
    { month: 12, day: 25, name: t("Navidad", "Natal", "Christmas Day"), source: DLEG_713, fromYear: 1991 },
  ],
  easter: [
    {
      daysFromEaster: -3,
      name: t("Jueves Santo", "Quinta-feira Santa", "Maundy Thursday"),
      source: DLEG_713,
      fromYear: 1991,
    },
    {
      daysFromEaster: -2,
      name: t("Viernes Santo", "Sexta-feira Santa", "Good Friday"),
      source: DLEG_713,
      fromYear: 1991,
    },
  ],
};
