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

/** Raw queries on a pool (outside a transaction) or on one connection (inside one). */
export function sqlQueries(client: pg.Pool | pg.PoolClient): SqlTx {
  const run = async (query: TemplateStringsArray | Prisma.Sql, values: unknown[]) => {
    const sql = query instanceof Prisma.Sql ? query : Prisma.sql(query, ...(values as Prisma.Sql[]));
    return client.query({ text: sql.text, values: sql.values as unknown[], types });
  };
  return {
    $queryRaw: async <T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => (await run(query, values)).rows as T,
    $executeRaw: async (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => (await run(query, values)).rowCount ?? 0,
  };
}

/** `work` in one transaction on one connection of `pool`: committed when it returns, rolled back when it throws. */
export async function inSqlTransaction<T>(pool: pg.Pool, work: (tx: SqlTx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const result = await work(sqlQueries(client));
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch((rollback: Error) => (broken = rollback));
    throw error;
  } finally {
    client.release(broken);
  }
}
