// @vitest-environment happy-dom
import { act } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/I18n.js";
import { LOCALE_STORAGE_KEY } from "../i18n/locale.js";
import { LanguageChooser } from "./LanguageChooser.js";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render() {
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  act(() =>
    root.render(
      <I18nProvider>
        <LanguageChooser />
      </I18nProvider>,
    ),
  );
  return { container, unmount: () => act(() => root.unmount()) };
}

describe("the language chooser", () => {
  afterEach(() => {
    localStorage.clear();
    document.body.replaceChildren();
  });

  it("starts in the language chosen before, and sets <html lang>", () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, "pt");
    const { container, unmount } = render();
    const select = container.querySelector("select");
    expect(select?.value).toBe("pt");
    expect(container.querySelector("label")?.textContent).toBe("Idioma");
    expect(document.documentElement.lang).toBe("pt");
    unmount();
  });

  it("switches the words and the page's language, and remembers the choice", () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, "es");
    const { container, unmount } = render();
    const select = container.querySelector("select");
    if (!select) throw new Error("no select");
    act(() => {
      select.value = "en";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(container.querySelector("label")?.textContent).toBe("Language");
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe("en");
    // Each language is named in itself, and marked as such for screen readers.
    expect([...select.options].map((option) => [option.lang, option.textContent])).toEqual([
      ["es", "Español"],
      ["pt", "Português"],
      ["en", "English"],
    ]);
    unmount();
  });
});
