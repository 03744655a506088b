// The only module that reads process.env. Everything else imports `env` from here,
// so every setting the app understands is listed, defaulted and validated in one place.
import { z } from "zod";

/** An unset variable and an empty one mean the same thing ("use the default"). */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema);

const port = (name: string, fallback: number) =>
  optional(
    z.coerce
      .number({ error: `${name} must be a port number` })
      .int(`${name} must be a whole number`)
      .min(1, `${name} must be between 1 and 65535`)
      .max(65535, `${name} must be between 1 and 65535`)
      .default(fallback),
  );

export const envSchema = z.object({
  /** A PostgreSQL server to use. Unset: `npm start` runs an embedded one. */
  DATABASE_URL: optional(
    z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql:// (or postgres://)")
      .optional(),
  ),
  /** A read replica (or a read-only role) for every read; unset, reads use DATABASE_URL. */
  READ_DATABASE_URL: optional(
    z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\//, "READ_DATABASE_URL must start with postgresql:// (or postgres://)")
      .optional(),
  ),
  /** HTTP port of the web server. */
  PORT: port("PORT", 3000),
  /** Port of the embedded PostgreSQL (listens on 127.0.0.1 only). */
  PG_PORT: port("PG_PORT", 55329),
  /**
   * How long the app waits for a new database connection (ms). A stopped PostgreSQL refuses at
   * once and pages answer 503 in milliseconds (src/server/http); this only bounds the wait for
   * a server that does not answer at all. Not shorter: on a busy machine a slow event loop
   * alone can take seconds, and a spurious timeout would turn a good request into an error.
   */
  DATABASE_CONNECT_TIMEOUT_MS: optional(
    z.coerce
      .number({ error: "DATABASE_CONNECT_TIMEOUT_MS must be a number of milliseconds" })
      .int("DATABASE_CONNECT_TIMEOUT_MS must be a whole number")
      .min(100, "DATABASE_CONNECT_TIMEOUT_MS must be at least 100")
      .max(60_000, "DATABASE_CONNECT_TIMEOUT_MS must be at most 60000")
      .default(5000),
  ),
  /** Where the embedded PostgreSQL keeps its data between runs (relative to the project). */
  DATA_DIR: optional(z.string().default(".data")),
  NODE_ENV: optional(z
      .enum(["development", "production", "test"], { error: "NODE_ENV must be development, production or test" })
      .default("development"),
  ),
  /** The public address of the site, for absolute links in Open Graph tags (default http://localhost:PORT). */
  SITE_URL: optional(z.url("SITE_URL must be an absolute URL such as https://tracker.example.org").optional()),
  /**
   * URLs per sitemap file; past it sitemap.xml becomes an index of parts. 50,000 is the protocol's limit;
   * smaller values exist to test the split (decision 0066).
   */
  SITEMAP_PAGE_SIZE: optional(
    z.coerce
      .number({ error: "SITEMAP_PAGE_SIZE must be a number of URLs" })
      .int("SITEMAP_PAGE_SIZE must be a whole number")
      .min(1, "SITEMAP_PAGE_SIZE must be between 1 and 50000")
      .max(50_000, "SITEMAP_PAGE_SIZE must be between 1 and 50000")
      .default(50_000),
  ),
  /** A Chromium/Chrome executable for the browser tests (optional). */
  CHROMIUM_PATH: optional(z.string().optional()),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

/** Validates a set of variables; throws an EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "environment");
    const got = source[name];
    const message = issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
    return got === undefined ? message : `${message} (got ${JSON.stringify(got)})`;
  });
  throw new EnvError(`Invalid environment: ${problems.join("; ")}`);
}

export const env: Env = parseEnv(process.env);
