// The public API against the real database: every route and filter through the very handlers the
// server runs, keyset paging while articles are imported between pages, the OpenAPI document (checked
// by an OpenAPI validator) and each documented example against its schema.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import * as Api from "@/schemas/api";
import { parseStatementFilter } from "@/schemas/statementFilter";
import {
  getArticleById,
  getOpenApi,
  getOutlets,
  getSpeakerBySlug,
  getSpeakers,
  getStatementById,
  getStatements,
} from "@/server/api/handlers";
import { DELETE, OPTIONS, POST } from "@/server/api/http";
import { createPrismaClient } from "@/server/db";
import { importArticles, importSeedsIfMissing } from "@/server/ingest";
import { listStatements } from "@/server/queries";
import { call, collectPages, examplesBodies } from "./setup/apiCalls";
import { testDatabaseUrl } from "./setup/database";

let db: PrismaClient;
let list: z.output<typeof Api.StatementList>;

const params = <K extends string>(key: K, value: string) => ({ params: Promise.resolve({ [key]: value } as Record<K, string>) });

beforeAll(async () => {
  db = createPrismaClient(testDatabaseUrl());
  await importSeedsIfMissing(db, "seeds");
  const first = await call(getStatements, "/api/statements?limit=200");
  list = Api.StatementList.parse(await first.json());
});

afterAll(async () => {
  await db.$disconnect();
});

describe("every route", () => {
  it("lists statements with permalinks, a next link, CORS, ETag and Cache-Control, and revalidates with 304", async () => {
    const res = await call(getStatements, "/api/statements?limit=2");
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    const etag = res.headers.get("etag") as string;
    expect(etag).toMatch(/^W\/"2\.\d+"$/);
    const body = Api.StatementList.parse(await res.json());
    expect(body.items).toHaveLength(2);
    expect(body.next).toMatch(/after=.*limit=2/);
    expect(res.headers.get("link")).toBe(`<${body.next}>; rel="next"`);
    const again = await call(getStatements, "/api/statements?limit=2", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("gives one statement with every report, its offsets into the article, the outlet chain and the source address", async () => {
    const withMost = [...list.items].sort((a, b) => b.reportCount - a.reportCount)[0];
    const res = await call((r) => getStatementById(r, params("id", withMost.id)), `/api/statements/${withMost.id}`);
    const statement = Api.StatementDetail.parse(await res.json());
    expect(statement.url).toBe(withMost.url);
    expect(statement.reports).toHaveLength(withMost.reportCount);
    for (const report of statement.reports) {
      const article = Api.ArticleDetail.parse(await (await call((r) => getArticleById(r, params("id", report.article.id)), new URL(report.article.api).pathname)).json());
      expect(article.text.slice(report.start, report.end)).toBe(report.quote);
      expect(article.statements.map((s) => s.id)).toContain(statement.id);
      if (report.article.url) expect(report.sourceUrl?.startsWith(report.article.url)).toBe(true);
      else expect(report.sourceUrl).toBeNull();
      expect(report.citedOutlets.length > 0).toBe(report.outletCited !== null && report.citedOutlets.length > 0);
    }
  });

  it("lists speakers and outlets, each linking to its own filtered statements", async () => {
    const speakers = Api.SpeakerList.parse(await (await call(getSpeakers, "/api/speakers")).json());
    const outlets = Api.OutletList.parse(await (await call(getOutlets, "/api/outlets")).json());
    expect(speakers.items.length).toBeGreaterThan(0);
    expect(outlets.items.length).toBeGreaterThan(0);
    const outlet = outlets.items[0];
    const byOutlet = Api.StatementList.parse(await (await call(getStatements, new URL(outlet.statements).pathname + new URL(outlet.statements).search)).json());
    expect(byOutlet.total).toBe(outlet.statementCount);
  });

  it("gives a speaker's roles with dates and, per topic, the stance of their latest statement taking one", async () => {
    const slug = list.items.find((s) => s.stances.length > 0)?.speaker?.slug as string;
    const speaker = Api.SpeakerDetail.parse(await (await call((r) => getSpeakerBySlug(r, params("slug", slug)), `/api/speakers/${slug}`)).json());
    expect(speaker.roles.length).toBeGreaterThan(0);
    expect(speaker.positions.length).toBeGreaterThan(0);
    for (const topic of ["troops", "negotiations", "membership"] as const) {
      const theirs = await collectPages(`/api/statements?speaker=${slug}&topic=${topic}&limit=200`);
      const latest = theirs.find((s) => s.stances.some((st) => st.topic === topic));
      const position = speaker.positions.find((p) => p.topic === topic);
      expect(position?.statementId).toBe(latest?.id);
      if (latest && position) {
        expect(position.stance).toBe(latest.stances.find((st) => st.topic === topic)?.value);
        expect(position.date).toBe(latest.date);
      }
    }
  });

  it("answers 404 as problem+json for unknown ids and slugs", async () => {
    for (const res of [
      await call((r) => getStatementById(r, params("id", "nosuch")), "/api/statements/nosuch"),
      await call((r) => getSpeakerBySlug(r, params("slug", "nobody")), "/api/speakers/nobody"),
      await call((r) => getArticleById(r, params("id", "nosuch")), "/api/articles/nosuch"),
    ]) {
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      Api.Problem.parse(await res.json());
    }
  });

  it("is read-only: 405 with Allow for writes, a CORS preflight for conditional reads", async () => {
    for (const handler of [POST, DELETE]) {
      const res = handler(new Request("http://localhost/api/statements", { method: "POST" }));
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      expect(Api.Problem.parse(await res.json()).status).toBe(405);
    }
    const preflight = OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });

  it("answers 400 naming each bad parameter", async () => {
    const res = await call(getStatements, "/api/statements?topic=nonsense&limit=0&format=xml&rows=pages&from=2024-02-30");
    expect(res.status).toBe(400);
    const problem = Api.Problem.parse(await res.json());
    expect(problem.issues?.map((i) => i.param).sort()).toEqual(["format", "from", "limit", "rows", "topic"]);
    const unknown = Api.Problem.parse(await (await call(getStatements, "/api/statements?speaker=no-such-person")).json());
    expect(unknown.issues?.map((i) => i.param)).toEqual(["speaker"]);
  });
});

describe("every filter", () => {
  const speaker = () => list.items.find((s) => s.speaker)?.speaker?.slug as string;
  const outlet = () => list.items.find((s) => s.citedOutlets.length > 0)?.citedOutlets[0].slug ?? list.items[0].outlets[0].slug;
  const dated = () => list.items.filter((s) => s.date).map((s) => s.date as string).sort();
  const word = () => list.items[0].quote.split(/\W+/).filter((w) => w.length > 6)[0];

  const cases: [string, () => string, (s: z.output<typeof Api.StatementSummary>) => boolean][] = [
    ["speaker", () => `speaker=${speaker()}`, (s) => s.speaker?.slug === speaker()],
    ["topic", () => "topic=troops", (s) => s.topics.includes("troops")],
    ["stance", () => "stance=opposes", (s) => s.stances.some((st) => st.value === "opposes")],
    ["topic and stance", () => "topic=troops&stance=opposes", (s) => s.stances.some((st) => st.topic === "troops" && st.value === "opposes")],
    ["outlet", () => `outlet=${outlet()}`, (s) => [...s.outlets, ...s.citedOutlets].some((o) => o.slug === outlet())],
    ["from", () => `from=${dated()[Math.floor(dated().length / 2)]}`, (s) => s.date !== null && s.date >= dated()[Math.floor(dated().length / 2)]],
    ["to", () => `to=${dated()[Math.floor(dated().length / 2)]}`, (s) => s.date !== null && s.date <= dated()[Math.floor(dated().length / 2)]],
    ["q", () => `q=${word()}`, () => true],
    ["reviewed", () => "reviewed=1", () => true],
    ["page", () => "page=2&limit=3", () => true],
  ];

  it.each(cases)("%s: the API lists what listStatements lists for the same parsed filter, and only matching statements", async (_name, query, matches) => {
    const res = await call(getStatements, `/api/statements?${query()}`);
    expect(res.status).toBe(200);
    const body = Api.StatementList.parse(await res.json());
    const { filter } = parseStatementFilter(new URLSearchParams(query()));
    const limit = Number(new URLSearchParams(query()).get("limit") ?? 20);
    const direct = await listStatements(filter, { db, pageSize: limit });
    expect(body.items.map((s) => s.id)).toEqual(direct.items.map((s) => s.id));
    expect(body.total).toBe(direct.total);
    for (const item of body.items) expect(matches(item)).toBe(true);
  });

  it("reviewed=1 keeps exactly the reviewed statements", async () => {
    const target = list.items[1];
    await db.statementReview.upsert({
      where: { statementId: target.id },
      create: { statementId: target.id, status: "confirmed", editorName: "api-test" },
      update: {},
    });
    const reviewed = await collectPages("/api/statements?reviewed=1&limit=200");
    const expected = await db.statementReview.findMany({ select: { statementId: true } });
    const live = new Set(list.items.map((s) => s.id));
    expect(reviewed.map((s) => s.id).sort()).toEqual(expected.map((r) => r.statementId).filter((id) => live.has(id) || reviewed.some((s) => s.id === id)).sort());
    expect(reviewed.map((s) => s.id)).toContain(target.id);
  });

  it("after: the cursor continues the list where the page stopped", async () => {
    const first = Api.StatementList.parse(await (await call(getStatements, "/api/statements?limit=4")).json());
    const next = new URL(first.next as string);
    const second = Api.StatementList.parse(await (await call(getStatements, next.pathname + next.search)).json());
    const all = await collectPages("/api/statements?limit=200");
    expect(second.items.map((s) => s.id)).toEqual(all.slice(4, 8).map((s) => s.id));
  });
});

describe("keyset paging while articles are imported", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "api-paging-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  /** An invented report of one remark, dated by its publication. */
  async function importInvented(n: number, publishedAt: string): Promise<void> {
    const file = path.join(dir, `invented-${n}.txt`);
    const words = ["amber", "basalt", "cobalt", "dune", "ember", "fjord", "garnet", "harbour"];
    await fs.writeFile(
      file,
      `BRUSSELS — Ministers met on Tuesday to discuss air defence.\n\n"Allies will keep supplying ${words[n]} radars to Ukraine through the winter," Mark Rutte told reporters.\n`,
    );
    const summary = await importArticles(db, [file], { metadata: { publishedAt, outlet: "Reuters" } });
    expect(summary.results[0]?.status).toBe("added");
  }

  it("returns every statement that existed at the start exactly once", async () => {
    const before = await collectPages("/api/statements?limit=200");
    const seen: string[] = [];
    let next: string | null = "/api/statements?limit=3";
    let n = 0;
    while (next) {
      const res = await call(getStatements, next);
      const body = Api.StatementList.parse(await res.json());
      seen.push(...body.items.map((s) => s.id));
      // One new statement newer than everything, one older than everything, on every other page.
      if (n < 8 && n % 2 === 0) await importInvented(n, n % 4 === 0 ? "2026-11-30" : "1999-05-05");
      n += 1;
      next = body.next ? new URL(body.next).pathname + new URL(body.next).search : null;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const counted = new Map(seen.map((id) => [id, 0]));
    for (const id of seen) counted.set(id, (counted.get(id) ?? 0) + 1);
    for (const statement of before) expect(counted.get(statement.id)).toBe(1);
    const after = await collectPages("/api/statements?limit=200");
    expect(after.length).toBeGreaterThan(before.length);
  });
});

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document naming every route", async () => {
    const res = await call(getOpenApi, "/api/openapi.json");
    const document = await res.json();
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual(
      ["/api/articles/{id}", "/api/openapi.json", "/api/outlets", "/api/speakers", "/api/speakers/{slug}", "/api/statements", "/api/statements/{id}"].sort(),
    );
    const parameters = document.paths["/api/statements"].get.parameters.map((p: { name: string }) => p.name);
    expect([...parameters].sort()).toEqual(
      ["speaker", "topic", "outlet", "stance", "kind", "from", "to", "reviewed", "q", "sort", "page", "after", "format", "rows", "limit"].sort(),
    );
  });

  it("documents examples whose responses match their schemas", async () => {
    const bodies = await examplesBodies();
    expect(bodies.map((b) => b.example.route)).toEqual(
      expect.arrayContaining(["/api/statements", "/api/statements/{id}", "/api/speakers", "/api/speakers/{slug}", "/api/outlets", "/api/articles/{id}", "/api/openapi.json"]),
    );
    for (const { example, status, records } of bodies) {
      expect(status, example.path).toBe(200);
      expect(records.length, example.path).toBeGreaterThan(0);
      for (const record of records) {
        if (example.schema === "OpenApiDocument") expect((await new Validator().validate(record as Parameters<Validator["validate"]>[0])).valid).toBe(true);
        else Api[example.schema].parse(record);
      }
    }
  });
});
