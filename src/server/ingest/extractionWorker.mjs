// Entry point of the extraction worker thread: loads ./extractionWorker.ts through
// tsx, since the import command and the tests run the TypeScript sources directly.
import { tsImport } from "tsx/esm/api";

await tsImport("./extractionWorker.ts", import.meta.url);
