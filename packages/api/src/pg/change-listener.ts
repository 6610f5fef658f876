import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { LEDGER_CHANGED_CHANNEL } from "./transaction.js";

/** The longest pause between two attempts to listen again after the connection was lost. */
const MAX_RECONNECT_DELAY_MS = 5_000;

export interface ChangeListenerOptions {
  /**
   * How often the listening connection is asked a question (default 5 s). A connection whose peer
   * is gone without a word (a frozen proxy or NAT, a failover that drops packets) gives no `error`
   * nor `end`, and would otherwise keep a stamp that never moves again.
   */
  readonly heartbeatMs?: number;
  /** How long the answer, or a new connection, may take before the connection is taken for lost (default 5 s). */
  readonly timeoutMs?: number;
}

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
  #heartbeat: NodeJS.Timeout | undefined;
  readonly #running: Promise<void>;
  readonly #heartbeatMs: number;
  readonly #timeoutMs: number;

  private constructor(
    private readonly url: string,
    private readonly onError: (error: Error) => void,
    connected: () => void,
    options: ChangeListenerOptions,
  ) {
    this.#heartbeatMs = options.heartbeatMs ?? 5_000;
    this.#timeoutMs = options.timeoutMs ?? 5_000;
    this.#running = this.#listen(connected);
  }

  /** Listens, resolving once the first connection listens (or failing with its error). */
  static start(
    url: string,
    onError: (error: Error) => void,
    options: ChangeListenerOptions = {},
  ): Promise<ChangeListener> {
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
        options,
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
        // The kernel's own probes, sooner than its default of two hours of silence.
        keepAliveInitialDelayMillis: this.#heartbeatMs,
        // A peer that does not answer must not hold up a connection attempt, nor a question, forever.
        connectionTimeoutMillis: this.#timeoutMs,
        query_timeout: this.#timeoutMs,
        application_name: "solidaria/listen",
      });
      let loseConnection!: (error: Error) => void;
      const lost = new Promise<Error>((resolve) => {
        loseConnection = resolve;
        // `on`, not `once`: a second error event with no listener would end the process.
        client.on("error", resolve);
        client.once("end", () => resolve(new Error("the listening connection ended")));
      });
      try {
        await client.connect();
        client.on("notification", () => this.changed());
        await client.query(`listen ${LEDGER_CHANGED_CHANNEL}`);
      } catch (error) {
        await closeClient(client, this.#timeoutMs);
        // A connection refused while stopping is no news: the node is shutting down.
        if (this.#stopped) return;
        this.onError(error instanceof Error ? error : new Error(String(error)));
        await sleep(delay);
        delay = Math.min(delay * 2, MAX_RECONNECT_DELAY_MS);
        continue;
      }
      // Stopped while connecting: nobody would end this connection, and stop() would wait for it.
      if (this.#stopped) {
        await closeClient(client, this.#timeoutMs);
        return;
      }
      delay = 100;
      this.#generation += 1;
      this.#client = client;
      this.#heartbeat = this.#startHeartbeat(client, loseConnection);
      connected();
      const error = await lost;
      clearInterval(this.#heartbeat);
      if (this.#client === client) this.#client = null;
      this.#generation += 1;
      await closeClient(client, this.#timeoutMs);
      if (!this.#stopped) this.onError(error);
    }
  }

  /** Asks the listening connection a question now and then: no answer in time means it is lost. */
  #startHeartbeat(client: pg.Client, loseConnection: (error: Error) => void): NodeJS.Timeout {
    let asking = false;
    const timer = setInterval(() => {
      if (asking) return;
      asking = true;
      client.query("select 1").then(
        () => {
          asking = false;
        },
        (error: unknown) => {
          // Nothing may be cached from now on, not only once the connection is made again.
          if (this.#client === client) this.#client = null;
          loseConnection(new Error("the listening connection did not answer", { cause: error }));
        },
      );
    }, this.#heartbeatMs);
    // Never what keeps the process alive.
    timer.unref();
    return timer;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#heartbeat);
    const client = this.#client;
    this.#client = null;
    if (client !== null) await closeClient(client, this.#timeoutMs);
    await this.#running;
  }
}

/**
 * Ends a connection, giving up on the server's goodbye after `timeoutMs`: over a connection whose
 * peer is gone it would never come.
 */
async function closeClient(client: pg.Client, timeoutMs: number): Promise<void> {
  const destroy = setTimeout(() => client.connection.stream.destroy(), timeoutMs);
  try {
    await client.end();
  } catch {
    // Already ended, or never connected: nothing left to close.
  } finally {
    clearTimeout(destroy);
  }
}
