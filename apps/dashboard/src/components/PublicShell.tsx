import type { ReactNode } from "react";
import { useT } from "../i18n/I18n.js";
import { LanguageChooser } from "./LanguageChooser.js";

/** The frame of the pages people see before signing in. */
export function PublicShell({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skip")}
      </a>
      <header className="site-header public">
        <div className="brand">Solidaria</div>
        <div className="header-controls">
          <LanguageChooser />
        </div>
      </header>
      <main id="main" className="page narrow" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
