import { useEffect, useRef, type ReactNode } from "react";

import type * as Plot from "@observablehq/plot";
import { TableWrap } from "../components/ui.js";

export type PlotModule = typeof Plot;

/**
 * An Observable Plot chart. Plot and d3 are loaded with `import()` once the chart comes near the
 * screen and the browser is idle: the first page shows its figures (in the tables beside each chart)
 * without waiting for them, and a page whose charts are never scrolled to never loads them. The picture
 * is hidden from assistive technology: the figure's table carries the same data.
 */
export function PlotChart({ render }: { render: (plot: PlotModule, width: number) => Element }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = container.current;
    if (target === null) return;
    let cancelled = false;
    let idle: number | undefined;
    const draw = (plot: PlotModule) => {
      if (cancelled) return;
      const chart = render(plot, Math.max(320, Math.min(target.clientWidth || 640, 960)));
      chart.setAttribute("aria-hidden", "true");
      target.replaceChildren(chart);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        idle = whenIdle(() => void import("@observablehq/plot").then(draw));
      },
      { rootMargin: "200px" },
    );
    observer.observe(target);
    return () => {
      cancelled = true;
      observer.disconnect();
      if (idle !== undefined) cancelWhenIdle(idle);
    };
  }, [render]);
  return <div ref={container} className="chart" aria-hidden="true" />;
}

/** requestIdleCallback where the browser has it (not every Safari does), else the next task. */
function whenIdle(run: () => void): number {
  return typeof requestIdleCallback === "function"
    ? requestIdleCallback(run, { timeout: 2000 })
    : window.setTimeout(run, 0);
}

function cancelWhenIdle(handle: number): void {
  if (typeof cancelIdleCallback === "function") cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}

/** A chart with its caption and, below it, the same figures as a table. */
export function ChartFigure({ caption, chart, table }: { caption: ReactNode; chart: ReactNode; table: ReactNode }) {
  const label = typeof caption === "string" ? caption : "";
  return (
    <figure className="chart-figure">
      <figcaption>{caption}</figcaption>
      {chart}
      <TableWrap label={label}>{table}</TableWrap>
    </figure>
  );
}

/** Colours that keep a 3:1 contrast against white and each other's neighbours (WCAG non-text contrast). */
export const SERIES_COLOURS = ["#1f4e79", "#b35900", "#2e7d32", "#6a1b9a", "#8b0000", "#37474f"];
