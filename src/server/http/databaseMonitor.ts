// Knows, without a round trip per request, whether PostgreSQL is reachable: one idle watch
// connection notices a shutdown at once (the server ends every session), a cheap probe every
// few seconds notices a silent loss, and while the database is away a probe every half second
// notices its return. The HTTP layer answers 503 for pages and the API while it is down.
import pg from "pg";

export interface DatabaseMonitorOptions {
  connectionString: string;
  connectTimeoutMs: number;
  /** Interval of the liveness query while up, and of reconnect attempts while down. */
  upIntervalMs?: number;
  downIntervalMs?: number;
  log?: (line: string) => void;
}

export interface DatabaseMonitor {
  readonly up: boolean;
  /** Someone saw a connection fail: probe now (down until a probe succeeds). */
  reportUnavailable(): void;
  stop(): Promise<void>;
}

export function startDatabaseMonitor(options: DatabaseMonitorOptions): DatabaseMonitor {
  const { connectionString, connectTimeoutMs, upIntervalMs = 5000, downIntervalMs = 500, log = () => undefined } = options;
  let up = true;
  let watch: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const setUp = (value: boolean, reason: string) => {
    if (value !== up) log(value ? "database reachable again" : `database unreachable: ${reason}`);
    up = value;
  };

  const dropWatch = (reason: string) => {
    const client = watch;
    watch = undefined;
    client?.end().catch(() => undefined);
    setUp(false, reason);
    schedule();
  };

  async function connectWatch(): Promise<void> {
    const client = new pg.Client({
      connectionString,
      connectionTimeoutMillis: connectTimeoutMs,
      query_timeout: connectTimeoutMs,
      application_name: "nato-tracker-monitor",
      keepAlive: true,
    });
    client.on("error", (error) => watch === client && dropWatch(error.message));
    client.on("end", () => watch === client && dropWatch("connection closed"));
    await client.connect();
    await client.query("SELECT 1");
    watch = client;
  }

  let checking = false;
  let timeoutsInARow = 0;
  async function check(): Promise<void> {
    checking = true;
    try {
      if (watch) await watch.query("SELECT 1");
      else await connectWatch();
      timeoutsInARow = 0;
      setUp(true, "");
    } catch (error) {
      const message = (error as Error).message;
      // A refused or closed connection is certain; one timeout may only be a busy event loop.
      timeoutsInARow = /timeout/i.test(message) ? timeoutsInARow + 1 : 0;
      if (timeoutsInARow === 1) {
        const client = watch;
        watch = undefined;
        client?.end().catch(() => undefined);
      } else if (watch) dropWatch(message);
      else setUp(false, message);
    } finally {
      checking = false;
    }
  }

  function schedule(): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void check().finally(schedule), up ? upIntervalMs : downIntervalMs);
    timer.unref();
  }

  void check().finally(schedule);

  return {
    get up() {
      return up;
    },
    reportUnavailable() {
      // Check at once rather than believe it: under load a connect timeout can be a slow
      // event loop, not a missing database.
      if (!up || checking) return;
      clearTimeout(timer);
      void check().finally(schedule);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      const client = watch;
      watch = undefined;
      await client?.end().catch(() => undefined);
    },
  };
}
