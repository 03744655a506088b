export { startEmbeddedPostgres, PortInUseError, relocatedDataDir } from "./embedded";
export type { EmbeddedPostgres, EmbeddedPostgresOptions } from "./embedded";
export { ensureDatabase, dropDatabase, withDatabase, databaseName, describeConnectionError } from "./database";
export { getFreePort, isPortFree } from "./ports";
export { isRoot } from "./run";
