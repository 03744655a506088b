// The file importer's queries without the ORM (issue #13, decision 0255). Every query of an import is raw
// SQL already (Prisma.sql fragments); sent through Prisma each costs ~0.4–0.6 ms of the importer's CPU and
// ~1 ms of wall time under load, against ~0.07 ms and ~0.4 ms through `pg` itself (same query, same machine),
// and an article makes ten. This runs the same Prisma.sql text on a `pg` connection, in one transaction.
import pg from "pg";
import { Prisma } from "@/generated/prisma/client";

/** What the import's writers use of a transaction: raw queries only (a Prisma transaction is one too). */
export interface SqlTx {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<number>;
}

const TIMESTAMP = 1114;
/** As Prisma reads them: a timestamp without time zone is UTC (pg would take it for local time). */
const types = {
  getTypeParser: (oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format),
};

type Query = TemplateStringsArray | Prisma.Sql;
const sqlOf = (query: Query, values: unknown[]) => (query instanceof Prisma.Sql ? query : Prisma.sql(query, ...(values as Prisma.Sql[])));

/** Raw queries on a pool (outside a transaction) or on one connection (inside one). */
export function sqlQueries(client: pg.Pool | pg.PoolClient): SqlTx {
  const run = async (query: Query, values: unknown[]) => {
    const sql = sqlOf(query, values);
    return client.query({ text: sql.text, values: sql.values as unknown[], types });
  };
  return {
    $queryRaw: async <T>(query: Query, ...values: unknown[]) => (await run(query, values)).rows as T,
    $executeRaw: async (query: Query, ...values: unknown[]) => (await run(query, values)).rowCount ?? 0,
  };
}

/** A transaction that can send its last statement with the COMMIT (see `inSqlTransaction`). */
export interface CommittingSqlTx extends SqlTx {
  /** Runs the transaction's last statement and commits: nothing may be sent in the transaction after it. */
  $executeRawAndCommit(query: Prisma.Sql): Promise<number>;
}

/**
 * `work` in one transaction on one connection of `pool`: committed when it returns, rolled back when it throws.
 * Scale (decision 0445): the BEGIN travels with the first statement and the COMMIT with the last one that
 * `work` marks as such, two round trips fewer — in one simple-protocol message each, the values written into
 * the text as the literals `pg` would have sent them as parameters (same types inferred), when they are all
 * strings, numbers, booleans or nulls; otherwise BEGIN and COMMIT go on their own, as before.
 */
export async function inSqlTransaction<T>(pool: pg.Pool, work: (tx: CommittingSqlTx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let begun = false;
  let committed = false;
  let broken: Error | undefined;
  /** The statement, with BEGIN before it when it is the first and COMMIT after it when asked. */
  const send = async (sql: Prisma.Sql, commit: boolean): Promise<pg.QueryResult> => {
    const text = !begun || commit ? inlined(sql) : null;
    if (text === null) {
      if (!begun) await client.query("BEGIN");
      begun = true;
      const result = await client.query({ text: sql.text, values: sql.values as unknown[], types });
      if (commit) await client.query("COMMIT");
      committed = commit;
      return result;
    }
    const opening = !begun;
    begun = true;
    // Two or three statements in one message: pg answers with one result each.
    const results = (await client.query({ text: [...(opening ? ["BEGIN"] : []), text, ...(commit ? ["COMMIT"] : [])].join(";\n"), types })) as unknown as pg.QueryResult[];
    committed = commit;
    return results[opening ? 1 : 0];
  };
  const tx: CommittingSqlTx = {
    $queryRaw: async <R>(query: Query, ...values: unknown[]) => (await send(sqlOf(query, values), false)).rows as R,
    $executeRaw: async (query: Query, ...values: unknown[]) => (await send(sqlOf(query, values), false)).rowCount ?? 0,
    $executeRawAndCommit: async (query: Prisma.Sql) => (await send(query, true)).rowCount ?? 0,
  };
  try {
    const result = await work(tx);
    if (begun && !committed) await client.query("COMMIT");
    return result;
  } catch (error) {
    if (begun && !committed) await client.query("ROLLBACK").catch((rollback: Error) => (broken = rollback));
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * The query with its values written in as literals, as `pg` would have sent them (text, their type left for the
 * server to infer, as a parameter's is); null if one is not a plain value. For the import's own statements,
 * whose text holds no `$n` but their placeholders.
 */
function inlined(sql: Prisma.Sql): string | null {
  const literals: string[] = [];
  for (const value of sql.values) {
    if (value === null || value === undefined) literals.push("NULL");
    else if (typeof value === "string") literals.push(escapeLiteral(value));
    else if (typeof value === "number" || typeof value === "boolean") literals.push(escapeLiteral(String(value)));
    else return null;
  }
  return sql.text.replace(/\$(\d+)/g, (_, n: string) => literals[Number(n) - 1]);
}

/**
 * `pg.escapeLiteral`'s text, byte for byte, without its loop that appends one character at a time: an
 * article's text and its reports' JSON are tens of kilobytes, and that loop cost ~0.3 ms of the main thread
 * and garbage for every one of them (decision 0460).
 */
export function escapeLiteral(value: string): string {
  const quoted = `'${value.replaceAll("'", "''").replaceAll("\\", "\\\\")}'`;
  return value.includes("\\") ? ` E${quoted}` : quoted;
}
