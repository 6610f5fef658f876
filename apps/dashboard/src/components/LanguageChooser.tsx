import { LOCALES, type Locale } from "@solidaria/domain";
import { useLocale, useT } from "../i18n/I18n.js";
import { LANGUAGE_NAMES } from "../i18n/locale.js";

export function LanguageChooser() {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    <div className="language">
      <label htmlFor="language">{t("layout.language")}</label>
      <select id="language" value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
