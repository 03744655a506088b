// A small seeded run of the fuzzer behind `npm run fuzz` (scripts/lib/fuzz.ts): 500 hostile
// requests against the e2e app; not one may answer 5xx or go unanswered.
import { expect, test } from "@playwright/test";
import { describeOutcome, discoverKnown, runFuzz } from "../../scripts/lib/fuzz";

const SEED = 20261201;
const COUNT = 500;

test("500 hostile requests (seeded) get no 5xx", async ({ baseURL }) => {
  test.setTimeout(240_000);
  const url = new URL(baseURL!);
  const report = await runFuzz({
    host: url.hostname,
    port: Number(url.port),
    seed: SEED,
    count: COUNT,
    concurrency: 4,
    timeLimitMs: 200_000,
    known: await discoverKnown(url.origin),
  });
  console.log(`[fuzz] seed ${SEED}: ${report.sent} requests in ${(report.ms / 1000).toFixed(1)} s, ${JSON.stringify(Object.fromEntries(report.byStatus))}`);
  expect(report.sent).toBe(COUNT);
  expect(report.failures.map(describeOutcome)).toEqual([]);
});
