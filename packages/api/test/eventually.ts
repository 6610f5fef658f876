import { setTimeout as sleep } from "node:timers/promises";

/** Waits for `condition`, failing with `what` after a bounded time (never a fixed sleep then a check). */
export async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 10_000) throw new Error(`still waiting for ${what}`);
    await sleep(20);
  }
}
