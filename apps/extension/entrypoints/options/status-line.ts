/** What an action led to: one sentence in the user's language, and technical detail (numbers and codes) apart. */
export interface Outcome {
  readonly tone: "ok" | "error" | "pending";
  readonly text: string;
  /** Shown in small print after the sentence, already worded ("Detalle técnico: HTTP 503"). */
  readonly detail?: string;
}

/**
 * The message written last also answers to id="status": the e2e harness (`pressAndReadStatus`) and the
 * screenshot script press a control and read what it led to there. Before any action, it is the first line's.
 */
const LATEST = "status";

/** A repeated sentence is cleared first and written again after this pause, so screen readers say it again. */
const REPEAT_PAUSE_MS = 150;

let latestGiven = false;

/**
 * A status line placed beside the control whose outcome it reports, announced politely. The element stays in
 * the page for its whole life (live regions created together with their text are not announced).
 */
export class StatusLine {
  readonly element: HTMLDivElement;
  private readonly message: HTMLSpanElement;
  private readonly detail: HTMLElement;
  private generation = 0;

  constructor(id: string) {
    this.element = document.createElement("div");
    this.element.id = id;
    this.element.className = "status";
    this.element.setAttribute("role", "status");
    this.element.setAttribute("aria-live", "polite");
    this.element.setAttribute("aria-atomic", "true");
    this.message = document.createElement("span");
    this.detail = document.createElement("small");
    this.detail.hidden = true;
    this.element.append(this.message, this.detail);
    if (!latestGiven) this.message.id = LATEST;
    latestGiven = true;
  }

  /** Whether the line shows `outcome` now. */
  shows(outcome: Outcome): boolean {
    return (
      this.message.textContent === outcome.text &&
      this.message.className === outcome.tone &&
      (this.detail.textContent ?? "") === (outcome.detail ?? "")
    );
  }

  /**
   * Shows an outcome. `latest` (the default) marks it as the outcome of the action just taken; an outcome
   * that arrives by itself (a sync the background started) passes false.
   */
  show(outcome: Outcome, latest = true): void {
    if (latest) this.markLatest();
    const generation = ++this.generation;
    const write = () => {
      if (generation !== this.generation) return;
      this.message.textContent = outcome.text;
      this.message.className = outcome.tone;
      this.detail.textContent = outcome.detail ?? "";
      this.detail.hidden = !outcome.detail;
    };
    if (!this.shows(outcome)) return write();
    if (!latest) return;
    this.clear(false);
    setTimeout(write, REPEAT_PAUSE_MS);
  }

  /** Empties the line (nothing is announced). */
  clear(cancelPending = true): void {
    if (cancelPending) this.generation++;
    this.message.textContent = "";
    this.message.removeAttribute("class");
    this.detail.textContent = "";
    this.detail.hidden = true;
  }

  markLatest(): void {
    if (this.message.id === LATEST) return;
    document.getElementById(LATEST)?.removeAttribute("id");
    this.message.id = LATEST;
  }
}
