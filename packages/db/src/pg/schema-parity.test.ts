import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { is, type Column as DrizzleColumn, type SQL } from "drizzle-orm";
import { getTableConfig as getSqliteTableConfig, SQLiteSyncDialect, SQLiteTable } from "drizzle-orm/sqlite-core";
import { getTableConfig as getPgTableConfig, PgDialect, PgTable } from "drizzle-orm/pg-core";
import { freshPgDatabase } from "../../test-support/index.js";
import { closeDatabase, openDatabase, type LedgerDatabase } from "../client.js";
import * as sqliteSchema from "../schema.js";
import { closePgDatabase, openPgDatabase, type PgLedgerDatabase } from "./client.js";
import * as pgSchema from "./schema.js";

/**
 * The two stores must have the same schema: the same tables, columns, keys and indexes, so that the
 * same code and the same tests hold on both. Compared four ways, each normalised to one description:
 * each dialect's migrated database (what ships: the committed migrations, read back from the catalogs)
 * and each dialect's TypeScript schema (so a schema change without its migration fails too).
 *
 * Normalisation: column types to a small vocabulary (text; integer for every integer size; real for
 * floating point; boolean); an identity or AUTOINCREMENT key is "auto id" and counts as having a
 * default; defaults as present or not (their SQL differs by dialect); column order is not compared
 * (SQLite adds a column at the end, the PostgreSQL baseline declares it in place); primary keys are
 * column lists (their index names differ by dialect); unique constraints and unique indexes are one
 * kind (drizzle-kit writes `.unique()` as a unique index on SQLite, as a constraint on PostgreSQL);
 * partial-index predicates lose quotes, parentheses, case and their table's name.
 *
 * SQLite has no boolean type: a boolean-mode integer column (`integer({ mode: "boolean" })`, stored as
 * 0/1) maps to PostgreSQL's boolean. That is the one type difference allowed, and only for the
 * columns the SQLite schema declares boolean-mode; any other integer must be an integer in PostgreSQL.
 */

interface Column {
  readonly type: "text" | "integer" | "real" | "boolean" | "auto id";
  readonly notNull: boolean;
  readonly hasDefault: boolean;
}

interface Index {
  readonly unique: boolean;
  readonly columns: readonly string[];
  readonly where: string | null;
}

interface ForeignKey {
  readonly columns: readonly string[];
  readonly table: string;
  readonly references: readonly string[];
  readonly onUpdate: string;
  readonly onDelete: string;
}

interface Table {
  readonly columns: Record<string, Column>;
  readonly primaryKey: readonly string[];
  readonly indexes: Record<string, Index>;
  readonly foreignKeys: readonly ForeignKey[];
}

type Schema = Record<string, Table>;

function typeClass(type: string): Column["type"] {
  const normalised = type.toLowerCase();
  if (normalised === "text") return "text";
  if (["integer", "bigint", "smallint"].includes(normalised)) return "integer";
  if (["real", "double precision"].includes(normalised)) return "real";
  if (normalised === "boolean") return "boolean";
  throw new Error(`a column type the parity test does not know: ${type}`);
}

function predicate(table: string, text: string | null | undefined): string | null {
  if (text == null) return null;
  return text
    .toLowerCase()
    .replace(/["`()]/g, "")
    .replaceAll(`${table}.`, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Sorted, so that the order foreign keys are declared or read in does not matter. */
function sortedForeignKeys(keys: ForeignKey[]): ForeignKey[] {
  return keys.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** `table.column` of every boolean-mode integer column of the SQLite schema. */
const sqliteBooleans = new Set(
  Object.values(sqliteSchema as Record<string, unknown>)
    .filter((value): value is SQLiteTable => is(value, SQLiteTable))
    .flatMap((table) => {
      const config = getSqliteTableConfig(table);
      return config.columns
        .filter((column) => column.columnType === "SQLiteBoolean")
        .map((column) => `${config.name}.${column.name}`);
    }),
);

function introspectSqlite(db: LedgerDatabase): Schema {
  const sqlite = db.$client;
  const tables = sqlite
    .prepare(
      "select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> '__drizzle_migrations'",
    )
    .all() as { name: string; sql: string }[];
  const schema: Schema = {};
  for (const { name: table, sql } of tables) {
    const info = sqlite
      .prepare(`select name, type, "notnull", dflt_value is not null as has_default, pk from pragma_table_info(?)`)
      .all(table) as { name: string; type: string; notnull: number; has_default: number; pk: number }[];
    const primaryKey = info
      .filter((column) => column.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((column) => column.name);
    const columns: Record<string, Column> = {};
    for (const column of info) {
      // An INTEGER PRIMARY KEY AUTOINCREMENT is SQLite's counterpart of an identity column.
      const autoId =
        primaryKey.length === 1 &&
        column.pk === 1 &&
        new RegExp(`[\`"]${column.name}[\`"] integer primary key autoincrement`, "i").test(sql);
      const type = autoId
        ? "auto id"
        : sqliteBooleans.has(`${table}.${column.name}`) && typeClass(column.type) === "integer"
          ? "boolean"
          : typeClass(column.type);
      columns[column.name] = { type, notNull: column.notnull === 1, hasDefault: autoId || column.has_default === 1 };
    }
    const indexes: Record<string, Index> = {};
    const list = sqlite
      .prepare(`select name, "unique", origin from pragma_index_list(?) where origin <> 'pk'`)
      .all(table) as { name: string; unique: number; origin: string }[];
    for (const index of list) {
      const indexColumns = sqlite
        .prepare("select name from pragma_index_info(?) order by seqno")
        .pluck()
        .all(index.name) as string[];
      const definition = sqlite
        .prepare("select sql from sqlite_master where type = 'index' and name = ?")
        .pluck()
        .get(index.name) as string | null | undefined;
      const where = definition ? /\swhere\s(.*)$/is.exec(definition)?.[1] : undefined;
      indexes[index.name] = { unique: index.unique === 1, columns: indexColumns, where: predicate(table, where) };
    }
    const references = sqlite
      .prepare(
        `select id, "table", "from", "to", on_update, on_delete from pragma_foreign_key_list(?) order by id, seq`,
      )
      .all(table) as { id: number; table: string; from: string; to: string; on_update: string; on_delete: string }[];
    const byId = new Map<number, ForeignKey & { columns: string[]; references: string[] }>();
    for (const reference of references) {
      let key = byId.get(reference.id);
      if (!key) {
        key = {
          columns: [],
          table: reference.table,
          references: [],
          onUpdate: reference.on_update.toLowerCase(),
          onDelete: reference.on_delete.toLowerCase(),
        };
        byId.set(reference.id, key);
      }
      key.columns.push(reference.from);
      key.references.push(reference.to);
    }
    schema[table] = { columns, primaryKey, indexes, foreignKeys: sortedForeignKeys([...byId.values()]) };
  }
  return schema;
}

const PG_ACTIONS: Record<string, string> = {
  a: "no action",
  r: "restrict",
  c: "cascade",
  n: "set null",
  d: "set default",
};

async function introspectPg(db: PgLedgerDatabase): Promise<Schema> {
  const client = db.$client;
  const tables = await client.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
  );
  const schema: Schema = {};
  for (const { name: table } of tables.rows) {
    const relation = `public.${table}`;
    const info = await client.query<{
      name: string;
      type: string;
      not_null: boolean;
      has_default: boolean;
      identity: boolean;
    }>(
      `select column_name as name, data_type as type, is_nullable = 'NO' as not_null,
              column_default is not null as has_default, is_identity = 'YES' as identity
         from information_schema.columns where table_schema = 'public' and table_name = $1`,
      [table],
    );
    const columns: Record<string, Column> = {};
    for (const column of info.rows) {
      columns[column.name] = {
        type: column.identity ? "auto id" : typeClass(column.type),
        notNull: column.not_null,
        hasDefault: column.identity || column.has_default,
      };
    }
    const indexRows = await client.query<{
      name: string;
      unique: boolean;
      primary: boolean;
      columns: string[];
      predicate: string | null;
    }>(
      `select c.relname::text as name, i.indisunique as unique, i.indisprimary as primary,
              array(select a.attname from unnest(i.indkey) with ordinality k(attnum, n)
                      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
                     order by k.n)::text[] as columns,
              pg_get_expr(i.indpred, i.indrelid) as predicate
         from pg_index i join pg_class c on c.oid = i.indexrelid
        where i.indrelid = $1::regclass`,
      [relation],
    );
    let primaryKey: string[] = [];
    const indexes: Record<string, Index> = {};
    for (const index of indexRows.rows) {
      if (index.primary) primaryKey = index.columns;
      else
        indexes[index.name] = {
          unique: index.unique,
          columns: index.columns,
          where: predicate(table, index.predicate),
        };
    }
    const keyRows = await client.query<{
      columns: string[];
      table: string;
      references: string[];
      on_update: string;
      on_delete: string;
    }>(
      `select array(select a.attname from unnest(k.conkey) with ordinality u(attnum, n)
                      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum order by u.n)::text[] as columns,
              r.relname::text as table,
              array(select a.attname from unnest(k.confkey) with ordinality u(attnum, n)
                      join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.attnum order by u.n)::text[] as references,
              k.confupdtype as on_update, k.confdeltype as on_delete
         from pg_constraint k join pg_class r on r.oid = k.confrelid
        where k.conrelid = $1::regclass and k.contype = 'f'`,
      [relation],
    );
    const foreignKeys = keyRows.rows.map((key) => ({
      columns: key.columns,
      table: key.table,
      references: key.references,
      onUpdate: PG_ACTIONS[key.on_update] ?? key.on_update,
      onDelete: PG_ACTIONS[key.on_delete] ?? key.on_delete,
    }));
    schema[table] = { columns, primaryKey, indexes, foreignKeys: sortedForeignKeys(foreignKeys) };
  }
  return schema;
}

/** The columns of an index or key as names (an expression index would need its own comparison). */
function columnNames(columns: readonly unknown[]): string[] {
  return columns.map((column) => {
    if (column && typeof column === "object" && "name" in column && typeof column.name === "string") return column.name;
    throw new Error("an expression index: the parity test compares column indexes only");
  });
}

const COLUMN_TYPES: Record<string, Column["type"]> = {
  SQLiteText: "text",
  SQLiteInteger: "integer",
  SQLiteReal: "real",
  SQLiteBoolean: "boolean",
  PgText: "text",
  PgInteger: "integer",
  PgBigInt53: "integer",
  PgDoublePrecision: "real",
  PgBoolean: "boolean",
};

/** What the TypeScript schema of either dialect declares, in the same normal form. */
function describeSchema(dialect: "sqlite" | "pg"): Schema {
  const render =
    dialect === "sqlite"
      ? (where: SQL) => new SQLiteSyncDialect().sqlToQuery(where).sql
      : (where: SQL) => new PgDialect().sqlToQuery(where).sql;
  const configs =
    dialect === "sqlite"
      ? Object.values(sqliteSchema as Record<string, unknown>)
          .filter((value): value is SQLiteTable => is(value, SQLiteTable))
          .map((table) => getSqliteTableConfig(table))
      : Object.values(pgSchema as Record<string, unknown>)
          .filter((value): value is PgTable => is(value, PgTable))
          .map((table) => getPgTableConfig(table));
  const schema: Schema = {};
  for (const config of configs) {
    const columns: Record<string, Column> = {};
    const indexes: Record<string, Index> = {};
    let primaryKey: string[] = [];
    // Both dialects' columns, through what their base class has in common.
    for (const column of config.columns as DrizzleColumn[]) {
      const autoId =
        ("autoIncrement" in column && column.autoIncrement === true) ||
        ("generatedIdentity" in column && column.generatedIdentity !== undefined);
      const type = COLUMN_TYPES[column.columnType];
      if (!type) throw new Error(`a column type the parity test does not know: ${column.columnType}`);
      columns[column.name] = {
        type: autoId ? "auto id" : type,
        notNull: column.notNull,
        hasDefault: autoId || column.hasDefault,
      };
      if (column.primary) primaryKey = [column.name];
      if (column.isUnique && column.uniqueName) {
        indexes[column.uniqueName] = { unique: true, columns: [column.name], where: null };
      }
    }
    for (const key of config.primaryKeys) primaryKey = columnNames(key.columns);
    for (const constraint of config.uniqueConstraints) {
      const name = constraint.name;
      if (!name) throw new Error(`an unnamed unique constraint on ${config.name}`);
      indexes[name] = { unique: true, columns: columnNames(constraint.columns), where: null };
    }
    for (const index of config.indexes) {
      const { name, unique, columns: indexColumns, where } = index.config;
      if (!name) throw new Error(`an unnamed index on ${config.name}`);
      indexes[name] = {
        unique,
        columns: columnNames(indexColumns),
        where: predicate(config.name, where ? render(where) : null),
      };
    }
    const foreignKeys = config.foreignKeys.map((key) => {
      const reference = key.reference();
      return {
        columns: columnNames(reference.columns),
        table: is(reference.foreignTable, SQLiteTable)
          ? getSqliteTableConfig(reference.foreignTable).name
          : getPgTableConfig(reference.foreignTable as PgTable).name,
        references: columnNames(reference.foreignColumns),
        onUpdate: key.onUpdate ?? "no action",
        onDelete: key.onDelete ?? "no action",
      };
    });
    schema[config.name] = { columns, primaryKey, indexes, foreignKeys: sortedForeignKeys(foreignKeys) };
  }
  return schema;
}

describe("the SQLite and PostgreSQL schemas", () => {
  let dir: string;
  let sqliteDb: LedgerDatabase;
  let pgDb: PgLedgerDatabase;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "solidaria-parity-"));
    sqliteDb = openDatabase(join(dir, "ledger.sqlite"));
    pgDb = await openPgDatabase(await freshPgDatabase(), { migrate: false, max: 1 });
  });

  afterAll(async () => {
    closeDatabase(sqliteDb);
    await closePgDatabase(pgDb);
    rmSync(dir, { recursive: true, force: true });
  });

  it("are the same once migrated: tables, columns, keys, indexes and foreign keys", async () => {
    const sqlite = introspectSqlite(sqliteDb);
    const pg = await introspectPg(pgDb);
    expect(Object.keys(sqlite).length).toBeGreaterThan(0);
    expect(pg).toEqual(sqlite);
  });

  it("are what the TypeScript schemas declare (so neither changed without its migration)", async () => {
    expect(describeSchema("sqlite")).toEqual(introspectSqlite(sqliteDb));
    expect(describeSchema("pg")).toEqual(await introspectPg(pgDb));
  });
});
