/**
 * A line that could be written thousands of times a minute (a client aborting upload after upload)
 * is written at most once per window: the first time, then the first time after each window has
 * passed, with how many were left out since the last line. The exact count is in the metrics.
 */
export class ThrottledLine {
  #lastLine = Number.NEGATIVE_INFINITY;
  #leftOut = 0;

  constructor(
    private readonly write: (leftOut: number) => void,
    private readonly windowMs: number,
    private readonly clock: () => number,
  ) {}

  note(): void {
    const now = this.clock();
    if (now - this.#lastLine < this.windowMs) {
      this.#leftOut += 1;
      return;
    }
    this.write(this.#leftOut);
    this.#lastLine = now;
    this.#leftOut = 0;
  }
}
