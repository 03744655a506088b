// Runs in a worker thread, bundled by ./workerBundle.ts: extracts the statements of
// one article per message, so that the importer can stop a run that takes too long.
import { parentPort } from "node:worker_threads";
import { extractStatements, type ArticleContext } from "../../domain/extract";

export interface ExtractionJob {
  text: string;
  context: ArticleContext;
}

const port = parentPort!;
port.on("message", ({ text, context }: ExtractionJob) => {
  try {
    port.postMessage({ statements: extractStatements(text, context).statements });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
});
port.postMessage({ ready: true });
