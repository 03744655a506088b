// Extraction under a hard time limit: it runs in a worker thread that is
// terminated when an article takes longer than the limit, so no input can hang
// an import. One worker serves every article of an import and is replaced after
// a termination. It runs before the article's transaction, never inside it.
import { Worker } from "node:worker_threads";
import type { ArticleContext, ExtractedStatement } from "@/domain/extract";
import { ImportValidationError } from "./errors";
import type { ExtractionJob } from "./extractionWorker";
import { extractionWorkerScript } from "./workerBundle";

/** Seconds one article's extraction may take; a 1 MiB article needs a few seconds at most. */
export const DEFAULT_EXTRACTION_SECONDS = 20;
const STARTUP_MS = 60_000;
/** Heap for the worker: an input that needs more fails alone instead of taking the import down. */
const WORKER_HEAP_MB = 1024;

type Reply = { ready: true } | { statements: ExtractedStatement[] } | { error: string };

export class TimedExtractor {
  /** The worker being started or ready; null before the first article and after `close`. */
  private starting: Promise<Worker> | null = null;
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

  /**
   * Starts the worker before the first article needs it (scale, decision 0330): its start (reading the
   * bundle, evaluating it: ~0.5 s of CPU, seconds under load) then overlaps the run's first reads instead
   * of following them. A start that fails is reported by the first `extract`, with its file.
   */
  warmUp(): void {
    this.spawn().catch(() => undefined);
  }

  async close(): Promise<void> {
    const starting = this.starting;
    this.starting = null;
    // A worker still starting is terminated once it exists, not left behind.
    const worker = await starting?.catch(() => null);
    await worker?.terminate();
  }

  private async start(file: string): Promise<Worker> {
    return this.spawn().catch(async (error: Error) => {
      await this.close();
      throw new ImportValidationError(file, "EXTRACTION_FAILED", `extraction failed: ${error.message}`);
    });
  }

  /** The worker, started once (again after `close`); resolves when it is ready for articles. */
  private spawn(): Promise<Worker> {
    this.starting ??= (async () => {
      const source = await workerSource().catch((error: Error) => {
        throw new Error(`the extraction worker cannot be built (${error.message})`);
      });
      const worker = new Worker(source, { eval: true, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      worker.unref();
      await new Promise<void>((resolve, reject) => {
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
      }).catch(async (error: Error) => {
        await worker.terminate();
        throw error;
      });
      return worker;
    })();
    return this.starting;
  }
}

let bundled: Promise<string> | null = null;

/** The worker's script, bundled (or read from the cache) once per process: ./workerBundle.ts. */
function workerSource(): Promise<string> {
  bundled ??= extractionWorkerScript();
  bundled.catch(() => (bundled = null));
  return bundled;
}
