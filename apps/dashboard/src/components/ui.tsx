import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { useT } from "../i18n/I18n.js";
import type { MessageId } from "../i18n/catalogue.js";
import { describeError, type Described } from "../lib/errors.js";

/** The page's heading: focused after navigation (tabIndex -1), and the window's title. */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  useEffect(() => {
    document.title = `${title} · Solidaria`;
  }, [title]);
  return (
    <h1 id="page-title" tabIndex={-1}>
      {children}
    </h1>
  );
}

/** A refusal or failure, worded in the reader's language; announced to screen readers. */
export function ErrorNotice({ error, children }: { error: unknown; children?: ReactNode }) {
  const t = useT();
  if (!error) return null;
  const described: Described = describeError(error);
  const values = described.values
    ? Object.fromEntries(
        Object.entries(described.values).map(([key, value]) =>
          key === "field" ? [key, t(value as MessageId)] : [key, value],
        ),
      )
    : undefined;
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(described.id, values)}</p>
      {children}
    </div>
  );
}

export function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t("common.loading")}
    </p>
  );
}

/**
 * What a query shows while it runs and after: a loading note, its refusal in words, `empty` when it
 * found an empty list, else what `children` draws from its data.
 */
export function QueryResult<T>({
  query,
  empty,
  children,
}: {
  query: { isPending: boolean; error: unknown; data: T | undefined };
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.error) return <ErrorNotice error={query.error} />;
  if (query.data === undefined) return null;
  if (empty !== undefined && Array.isArray(query.data) && query.data.length === 0) return <p>{empty}</p>;
  return <>{children(query.data)}</>;
}

/** A labelled form field with its hint and its error, tied together for assistive technology. */
export function Field({
  label,
  hint,
  error,
  children,
  className,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
  className?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={`field${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({
        id,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(error ? { "aria-invalid": true } : {}),
      })}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Copies a text (an invitation link) and says so. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useT();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="copy">
      <button
        type="button"
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setState("copied"),
            () => setState("failed"),
          );
        }}
      >
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === "copied" ? t("common.copied") : state === "failed" ? t("common.copyFailed") : ""}
      </span>
    </span>
  );
}

/**
 * A wide table's frame: it scrolls sideways on narrow screens, and then becomes a labelled region
 * that can take the keyboard focus (so it can be scrolled with the arrow keys).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  const t = useT();
  const frame = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const table = element.firstElementChild;
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={frame}
      className="table-wrap"
      {...(scrolls ? { tabIndex: 0, role: "region", "aria-label": t("common.tableRegion", { name: label }) } : {})}
    >
      {children}
    </div>
  );
}
