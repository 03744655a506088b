// Extraction under a hard time limit: it runs in a worker thread that is
// terminated when an article takes longer than the limit, so no input can hang
// an import. One worker serves every article of an import and is replaced after
// a termination. It runs before the article's transaction, never inside it.
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import type { ArticleContext, ExtractedStatement } from "@/domain/extract";
import { ImportValidationError } from "./errors";
import type { ExtractionJob } from "./extractionWorker";

/** Seconds one article's extraction may take; a 1 MiB article needs a few seconds at most. */
export const DEFAULT_EXTRACTION_SECONDS = 20;
const STARTUP_MS = 60_000;
/** Heap for the worker: an input that needs more fails alone instead of taking the import down. */
const WORKER_HEAP_MB = 1024;

type Reply = { ready: true } | { statements: ExtractedStatement[] } | { error: string };

export class TimedExtractor {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private pending: ((reply: Reply | Error) => void) | null = null;

  constructor(private readonly limitMs = DEFAULT_EXTRACTION_SECONDS * 1000) {}

  async extract(file: string, text: string, context: ArticleContext): Promise<ExtractedStatement[]> {
    const worker = await this.start(file);
    const reply = await new Promise<Reply | Error | "timeout">((resolve) => {
      const timer = setTimeout(() => resolve("timeout"), this.limitMs);
      this.pending = (answer) => {
        clearTimeout(timer);
        resolve(answer);
      };
      worker.postMessage({ text, context } satisfies ExtractionJob);
    });
    this.pending = null;
    if (reply === "timeout") {
      await this.close();
      throw new ImportValidationError(file, "EXTRACTION_TIMEOUT", `extraction took longer than ${this.limitMs / 1000} s and was stopped`);
    }
    if (reply instanceof Error || "error" in reply) {
      await this.close();
      throw new ImportValidationError(file, "EXTRACTION_FAILED", `extraction failed: ${reply instanceof Error ? reply.message : reply.error}`);
    }
    if (!("statements" in reply)) throw new ImportValidationError(file, "EXTRACTION_FAILED", "extraction failed: unexpected answer from the worker");
    return reply.statements;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    await worker?.terminate();
  }

  private async start(file: string): Promise<Worker> {
    if (!this.worker) {
      const source = await workerSource().catch((error: Error) => {
        throw new ImportValidationError(file, "EXTRACTION_FAILED", `extraction failed: the extraction worker cannot be built (${error.message})`);
      });
      const worker = new Worker(source, { eval: true, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      worker.unref();
      this.worker = worker;
      this.ready = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the extraction worker did not start within ${STARTUP_MS / 1000} s`)), STARTUP_MS);
        worker.once("message", () => {
          clearTimeout(timer);
          worker.on("message", (reply: Reply) => this.pending?.(reply));
          resolve();
        });
        worker.on("error", (error) => {
          clearTimeout(timer);
          reject(error);
          this.pending?.(error);
        });
        worker.on("exit", (code) => this.pending?.(new Error(`the extraction worker stopped (exit code ${code})`)));
      });
    }
    const worker = this.worker;
    await this.ready!.catch(async (error: Error) => {
      await this.close();
      throw new ImportValidationError(file, "EXTRACTION_FAILED", `extraction failed: ${error.message}`);
    });
    return worker;
  }
}

let bundled: Promise<string> | null = null;

/**
 * ./extractionWorker.ts and the extraction code it imports, bundled once per process into one
 * script for the worker: it then starts in about half a second, where loading the TypeScript
 * sources through tsx in the worker took 2 to 6 s (docs/decisions/0020-import-limits.md).
 */
function workerSource(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL("./extractionWorker.ts", import.meta.url))],
    bundle: true,
    write: false,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "silent",
  }).then((result) => result.outputFiles[0].text);
  bundled.catch(() => (bundled = null));
  return bundled;
}
