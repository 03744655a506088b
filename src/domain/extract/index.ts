export { extractStatements } from "./extract";
export type * from "./types";
