// Extraction under a hard time limit: it runs in a worker thread that is
// terminated when an article takes longer than the limit, so no input can hang
// an import. One worker serves every article of an import and is replaced after
// a termination. It runs before the article's transaction, never inside it.
import { createHash } from "node:crypto";
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import type { ArticleContext, ExtractedStatement } from "@/domain/extract";
import { ImportValidationError } from "./errors";
import type { ExtractionJob } from "./extractionWorker";
import { buildBundle, keptBundle } from "./workerBundle";

/** Seconds one article's extraction may take; a 1 MiB article needs a few seconds at most. */
export const DEFAULT_EXTRACTION_SECONDS = 20;
const STARTUP_MS = 60_000;
/** Heap for the worker: an input that needs more fails alone instead of taking the import down. */
const WORKER_HEAP_MB = 1024;
/** How long closing waits for the worker to keep its compiled code (see WORKER_BOOT). */
const KEEP_CODE_MS = 5_000;

type Reply = { ready: true } | { statements: ExtractedStatement[] } | { error: string };

/**
 * The worker's first code: compiles the bundle with V8's code cache kept beside it when there is one, then
 * runs it (scale, decision 0445: ~0.1 s of the worker's CPU less before its first articles). Asked on its
 * control port when the run ends, it keeps the cache of what it has compiled by then (the functions the
 * extraction used, not only the top level), if it started without a usable one. V8 refuses a cache made by
 * another version or with other flags or for other code, and then compiles as without it. Beside the cache, a
 * mark that this bundle's data files passed their zod checks unchanged: later workers of the same bundle (a
 * file named by its content) skip those checks (decision 0460; src/domain/people/loadData.ts), and the word
 * readings of its patterns, made by the first load and given to the later ones (decision 0690; src/domain/wordStarts.ts).
 */
const WORKER_BOOT = `
const fs = require("node:fs");
const vm = require("node:vm");
const { wrap } = require("node:module");
const path = require("node:path");
const { workerData, threadId } = require("node:worker_threads");
const { file, codeCache, dataChecked, wordReadings, control } = workerData;
// The bundle's data files: checked at its first load, not again while the bundle is the same (src/domain/people/loadData.ts).
const dataFiles = { checkedBefore: fs.existsSync(dataChecked), unchanged: true };
globalThis[Symbol.for("nato-tracker.data-files-host")] = dataFiles;
// Its patterns' word readings: made at its first load, given to the later ones (src/domain/wordStarts.ts).
const readings = { kept: null };
try {
  const kept = JSON.parse(fs.readFileSync(wordReadings, "utf8"));
  readings.kept = { sources: new Map(kept.sources), cues: new Map(kept.cues) };
} catch {}
globalThis[Symbol.for("nato-tracker.word-readings-host")] = readings;
const keepWhole = (target, content) => {
  const temporary = target + "." + process.pid + "." + threadId + ".tmp";
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, target);
};
let cachedData;
try { cachedData = fs.readFileSync(codeCache); } catch {}
const script = new vm.Script(wrap(fs.readFileSync(file, "utf8")), { filename: file, cachedData });
const keep = !cachedData || script.cachedDataRejected;
control.on("message", () => {
  try {
    if (keep) keepWhole(codeCache, script.createCachedData());
  } catch {}
  control.postMessage("kept");
});
control.unref();
const module_ = { exports: {} };
script.runInThisContext().call(module_.exports, module_.exports, require, module_, file, path.dirname(file));
if (!dataFiles.checkedBefore && dataFiles.unchanged) try { fs.writeFileSync(dataChecked, ""); } catch {}
// The readings of the patterns made as the bundle loads (not those of one article's names, made later).
if (!readings.kept && readings.readings) try { keepWhole(wordReadings, JSON.stringify(readings.readings())); } catch {}
`;

/** The code cache's file for a bundle: V8's cache holds only for this Node and these V8 flags. */
const codeCacheOf = (bundle: string) =>
  `${bundle}.${createHash("sha256").update(`${process.version}\n${process.execArgv.join("\n")}`).digest("hex").slice(0, 12)}.v8cache`;

/** The mark that a bundle's data files passed their checks unchanged, for this Node and these flags (see WORKER_BOOT). */
export const dataCheckedMarkOf = (bundle: string) => `${codeCacheOf(bundle)}.data-checked`;

/** The word readings of a bundle's patterns, kept by its first worker for the later ones (see WORKER_BOOT). */
export const wordReadingsOf = (bundle: string) => `${codeCacheOf(bundle)}.words.json`;

interface RunningWorker {
  worker: Worker;
  control: MessagePort;
  /** Articles extracted: a worker that extracted none has little compiled code worth keeping. */
  extracted: number;
}

export class TimedExtractor {
  /** The worker being started or ready; null before the first article and after `close`. */
  private starting: Promise<RunningWorker> | null = null;
  private pending: ((reply: Reply | Error) => void) | null = null;

  constructor(private readonly limitMs = DEFAULT_EXTRACTION_SECONDS * 1000) {}

  async extract(file: string, text: string, context: ArticleContext): Promise<ExtractedStatement[]> {
    const running = await this.start(file);
    const reply = await new Promise<Reply | Error | "timeout">((resolve) => {
      const timer = setTimeout(() => resolve("timeout"), this.limitMs);
      this.pending = (answer) => {
        clearTimeout(timer);
        resolve(answer);
      };
      running.worker.postMessage({ text, context } satisfies ExtractionJob);
    });
    this.pending = null;
    if (reply === "timeout") {
      await this.stop();
      throw new ImportValidationError(file, "EXTRACTION_TIMEOUT", `extraction took longer than ${this.limitMs / 1000} s and was stopped`);
    }
    if (reply instanceof Error || "error" in reply) {
      await this.stop();
      throw new ImportValidationError(file, "EXTRACTION_FAILED", `extraction failed: ${reply instanceof Error ? reply.message : reply.error}`);
    }
    if (!("statements" in reply)) throw new ImportValidationError(file, "EXTRACTION_FAILED", "extraction failed: unexpected answer from the worker");
    running.extracted++;
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

  /** The run is over: the worker keeps its compiled code for the next run (see WORKER_BOOT), then stops. */
  async close(): Promise<void> {
    await this.stop(true);
  }

  /** Stops the worker (one still starting once it exists, so none is left behind). */
  private async stop(keepCode = false): Promise<void> {
    const starting = this.starting;
    this.starting = null;
    const running = await starting?.catch(() => null);
    if (!running) return;
    if (keepCode && running.extracted > 0) await keepCompiledCode(running.control);
    running.control.close();
    await running.worker.terminate();
  }

  private async start(file: string): Promise<RunningWorker> {
    return this.spawn().catch(async (error: Error) => {
      await this.stop();
      throw new ImportValidationError(file, "EXTRACTION_FAILED", `extraction failed: ${error.message}`);
    });
  }

  /**
   * The worker, started once (again after `close`); resolves when it is ready for articles. It starts from
   * the kept bundle at once, while the bundle's inputs are checked (decision 0445), and from a new bundle
   * when one of them has changed.
   */
  private spawn(): Promise<RunningWorker> {
    this.starting ??= (async () => {
      if (checkedBundle) return this.launch(checkedBundle);
      const kept = await keptBundle();
      if (kept) {
        const launched = this.launch(kept.file);
        const [current, started] = await Promise.allSettled([kept.current, launched]);
        if (current.status === "fulfilled" && current.value && started.status === "fulfilled") {
          checkedBundle = kept.file;
          return started.value;
        }
        if (started.status === "fulfilled") await stopNow(started.value);
      }
      const built = await buildBundle().catch((error: Error) => {
        throw new Error(`the extraction worker cannot be built (${error.message})`);
      });
      checkedBundle = built;
      return this.launch(built);
    })();
    return this.starting;
  }

  /** A worker running `bundle`, once it is ready for articles. */
  private async launch(bundle: string): Promise<RunningWorker> {
    const { port1: control, port2 } = new MessageChannel();
    const worker = new Worker(WORKER_BOOT, {
      eval: true,
      workerData: { file: bundle, codeCache: codeCacheOf(bundle), dataChecked: dataCheckedMarkOf(bundle), wordReadings: wordReadingsOf(bundle), control: port2 },
      transferList: [port2],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.unref();
    control.unref();
    const running: RunningWorker = { worker, control, extracted: 0 };
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
      await stopNow(running);
      throw error;
    });
    return running;
  }
}

/** The bundle this process has checked (or built): later workers of the process start from it directly. */
let checkedBundle: string | null = null;

async function stopNow({ worker, control }: RunningWorker): Promise<void> {
  control.close();
  await worker.terminate();
}

/** Asks the worker to keep its code cache and waits for it (for a while: closing must not hang on it). */
async function keepCompiledCode(control: MessagePort): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, KEEP_CODE_MS);
    control.once("message", () => {
      clearTimeout(timer);
      resolve();
    });
    control.postMessage("keep");
  });
}
