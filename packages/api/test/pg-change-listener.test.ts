import { createServer, connect, type Server, type Socket } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshPgDatabase } from "@solidaria/db/test-support";
import { valueOf } from "../src/errors.js";
import { ChangeListener } from "../src/pg/change-listener.js";
import { openPgStore } from "../src/store/pg-store.js";
import type { LedgerStore } from "../src/store/ledger-store.js";
import { OrganisationCreate } from "../src/validators.js";
import { eventually } from "./eventually.js";

/**
 * A listening connection whose peer goes silent without closing anything (a frozen proxy, a NAT
 * that forgot the flow, a failover that drops packets): no error, no end, and without a question of
 * its own the node would keep a stamp that never moves again.
 */

/** A TCP proxy to PostgreSQL that can stop passing bytes, both ways, while every socket stays open. */
class FreezableProxy {
  #frozen = false;
  readonly #pairs: [Socket, Socket][] = [];
  readonly #waiting: Socket[] = [];
  readonly server: Server;
  private constructor(private readonly target: { host: string; port: number }) {
    this.server = createServer((socket) => this.accept(socket));
  }

  static async start(target: { host: string; port: number }): Promise<FreezableProxy> {
    const proxy = new FreezableProxy(target);
    await new Promise<void>((resolve) => proxy.server.listen(0, "127.0.0.1", resolve));
    return proxy;
  }

  get port(): number {
    const address = this.server.address();
    if (address === null || typeof address === "string") throw new Error("the proxy does not listen");
    return address.port;
  }

  accept(client: Socket): void {
    client.on("error", () => undefined);
    // Connections made while frozen get nowhere until the thaw: a server that no longer answers.
    if (this.#frozen) {
      client.pause();
      this.#waiting.push(client);
    } else this.#forward(client);
  }

  #forward(client: Socket): void {
    const server = connect(this.target.port, this.target.host);
    server.on("error", () => client.destroy());
    client.on("error", () => server.destroy());
    // By hand rather than pipe(): a frozen proxy must not write what it already read.
    client.on("data", (chunk) => this.#frozen || server.write(chunk));
    server.on("data", (chunk) => this.#frozen || client.write(chunk));
    client.on("close", () => server.destroy());
    server.on("close", () => client.destroy());
    this.#pairs.push([client, server]);
  }

  freeze(): void {
    this.#frozen = true;
    for (const [client, server] of this.#pairs) {
      client.pause();
      server.pause();
    }
  }

  thaw(): void {
    this.#frozen = false;
    for (const [client, server] of this.#pairs) {
      client.resume();
      server.resume();
    }
    for (const client of this.#waiting.splice(0)) {
      this.#forward(client);
      client.resume();
    }
  }

  async close(): Promise<void> {
    for (const socket of [...this.#pairs.flat(), ...this.#waiting]) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

let url: string;
let proxy: FreezableProxy;
let listener: ChangeListener | undefined;
let writer: LedgerStore;

beforeEach(async () => {
  url = await freshPgDatabase();
  const database = new URL(url);
  proxy = await FreezableProxy.start({ host: database.hostname, port: Number(database.port) });
  writer = await openPgStore(url, { poolSize: 2 });
});
afterEach(async () => {
  await listener?.stop();
  listener = undefined;
  await writer.close();
  await proxy.close();
});

const organisation = (id: string) =>
  OrganisationCreate.parse({ id, name: `Organisation ${id}`, kind: "donor", country: null });

describe("a listening connection that goes silent", () => {
  it("is taken for lost (stamp null) and made again once the database answers", async () => {
    const throughProxy = new URL(url);
    throughProxy.hostname = "127.0.0.1";
    throughProxy.port = String(proxy.port);
    const errors: Error[] = [];
    listener = await ChangeListener.start(throughProxy.href, (error) => errors.push(error), {
      heartbeatMs: 100,
      timeoutMs: 300,
    });
    const before = listener.stamp();
    expect(before).not.toBeNull();
    valueOf(await writer.addOrganisation(organisation("org-1")));
    await eventually(() => listener?.stamp() !== before, "the listener to hear of a write");

    proxy.freeze();
    await eventually(() => listener?.stamp() === null, "the silent connection to be taken for lost");
    // Reported once the lost connection is closed, a moment after the stamp went null.
    await eventually(() => errors.length > 0, "the lost connection to be reported");

    proxy.thaw();
    await eventually(() => listener?.stamp() !== null, "the listener to listen again");
    const listening = listener.stamp();
    valueOf(await writer.addOrganisation(organisation("org-2")));
    await eventually(() => listener?.stamp() !== listening, "the listener to hear of a write after the thaw");
  });
});
