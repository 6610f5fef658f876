import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { LEDGER_CHANGED_CHANNEL } from "./transaction.js";

/** The longest pause between two attempts to listen again after the connection was lost. */
const MAX_RECONNECT_DELAY_MS = 5_000;

/**
 * What this node knows of changes made by every node on the same PostgreSQL: each ledger write
 * notifies LEDGER_CHANGED_CHANNEL when it commits, and one connection of this node listens. The
 * stamp changes at every notification, at every write of this node (so that it reads its own writes
 * at once, before its notification comes back) and whenever the listening connection is made again
 * (what was notified while it was down is unknown). While nobody listens the stamp is null, and
 * caches keep nothing.
 */
export class ChangeListener {
  #generation = 0;
  #client: pg.Client | null = null;
  #stopped = false;
  readonly #running: Promise<void>;

  private constructor(
    private readonly url: string,
    private readonly onError: (error: Error) => void,
    connected: () => void,
  ) {
    this.#running = this.#listen(connected);
  }

  /** Listens, resolving once the first connection listens (or failing with its error). */
  static start(url: string, onError: (error: Error) => void): Promise<ChangeListener> {
    return new Promise((resolve, reject) => {
      let first = true;
      const listener = new ChangeListener(
        url,
        (error) => {
          if (first) {
            first = false;
            void listener.stop();
            reject(error);
          } else onError(error);
        },
        () => {
          if (first) {
            first = false;
            resolve(listener);
          }
        },
      );
    });
  }

  stamp(): string | null {
    return this.#client === null ? null : String(this.#generation);
  }

  /** A change this node made itself. */
  changed(): void {
    this.#generation += 1;
  }

  async #listen(connected: () => void): Promise<void> {
    let delay = 100;
    while (!this.#stopped) {
      const client = new pg.Client({
        connectionString: this.url,
        keepAlive: true,
        application_name: "solidaria/listen",
      });
      const lost = new Promise<Error>((resolve) => {
        client.once("error", resolve);
        client.once("end", () => resolve(new Error("the listening connection ended")));
      });
      try {
        await client.connect();
        client.on("notification", () => this.changed());
        await client.query(`listen ${LEDGER_CHANGED_CHANNEL}`);
      } catch (error) {
        await client.end().catch(() => undefined);
        this.onError(error instanceof Error ? error : new Error(String(error)));
        if (this.#stopped) return;
        await sleep(delay);
        delay = Math.min(delay * 2, MAX_RECONNECT_DELAY_MS);
        continue;
      }
      delay = 100;
      this.#generation += 1;
      this.#client = client;
      connected();
      const error = await lost;
      this.#client = null;
      this.#generation += 1;
      await client.end().catch(() => undefined);
      if (!this.#stopped) this.onError(error);
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    const client = this.#client;
    this.#client = null;
    await client?.end().catch(() => undefined);
    await this.#running;
  }
}
