// The embed card and oEmbed against a real PostgreSQL (decision 0067): the card holds the quote, speaker,
// role, date, stance and source with no script; a merged-away id redirects like its permalink, a rejected one
// answers 410, an unknown one a 404 card; oEmbed answers a "rich" type whose html is the card's iframe.
import { DOMParser } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAYLOAD, importPayloadArticle } from "./setup/payloadArticle";
import { SEED_IMPORT_TIMEOUT_MS, startScratchApp, type ScratchApp } from "./setup/scratchApp";

const BASE = "http://localhost:3000";
type EmbedModule = typeof import("@/server/syndication/embed");

describe("embed card and oEmbed", () => {
  let app: ScratchApp;
  let embed: EmbedModule;
  let urls: typeof import("@/lib/urls");
  let live: { id: string; quote: string };
  let merged: { from: string; into: string };
  let rejected: string;
  const request = (url: string) => new Request(`${BASE}${url}`);

  beforeAll(async () => {
    app = await startScratchApp("embed");
    const { importSeedsIfMissing } = await import("@/server/ingest");
    await importSeedsIfMissing(app.db, "seeds");
    const statements = await app.db.statement.findMany({
      where: { speakerId: { not: null }, stances: { some: {} } },
      orderBy: { id: "asc" },
      take: 3,
      select: { id: true, quote: true },
    });
    expect(statements).toHaveLength(3);
    const payloadId = await importPayloadArticle(app.db);
    live = await app.db.statement.findUniqueOrThrow({ where: { id: payloadId }, select: { id: true, quote: true } });
    const review = await import("@/server/editor/review");
    merged = { from: statements[0].id, into: statements[1].id };
    await review.mergeStatements(app.db, merged.from, merged.into, { editorName: "ada" }, "same remark");
    rejected = statements[2].id;
    await review.rejectStatement(app.db, rejected, "not a statement", { editorName: "ada" });
    embed = await import("@/server/syndication/embed");
    urls = await import("@/lib/urls");
  }, SEED_IMPORT_TIMEOUT_MS);

  afterAll(async () => {
    await app?.close();
  });

  it("renders a self-contained card: quote, speaker, role, date, stance, source, via the tracker; no script", async () => {
    const response = await embed.answerEmbed(request(urls.embedStatementUrl(live.id)), live.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const body = await response.text();
    const statement = await app.db.statement.findUniqueOrThrow({
      where: { id: live.id },
      include: { speaker: true, stances: true, reports: { include: { article: { include: { outlet: true } } } } },
    });
    const { escapeText } = await import("@/lib/html");
    const { formatDate, stanceLabel, topicLabel } = await import("@/lib/format");
    expect(body).toContain(`<blockquote>${escapeText(statement.quote)}</blockquote>`);
    expect(body).toContain(`<strong>${escapeText(statement.speaker!.name)}</strong>`);
    if (statement.speakerRole) expect(body).toContain(escapeText(statement.speakerRole));
    if (statement.date) expect(body).toContain(escapeText(formatDate(statement.date.toISOString().slice(0, 10), statement.datePrecision)));
    for (const stance of statement.stances) expect(body).toContain(`${escapeText(topicLabel(stance.topic))}: <strong>${stanceLabel(stance.value)}</strong>`);
    expect(body).toContain(escapeText(PAYLOAD.quoteFragment));
    expect(body).toContain(`Source: <a href="${escapeText(PAYLOAD.url)}" target="_blank" rel="noopener noreferrer">${PAYLOAD.outlet}</a>`);
    expect(body).toMatch(new RegExp(`via <a href="${BASE}/statements/${live.id}/[a-z0-9-]+" target="_blank" rel="noopener noreferrer">NATO Statement Tracker</a>`));
    expect(body).toContain('<link rel="stylesheet" href="/embed/card.css">');
    // Parsed as HTML: no script, no image, no event-handler attribute, no javascript: link.
    const elements = Array.from(new DOMParser().parseFromString(body, "text/html").getElementsByTagName("*"));
    expect(elements.filter((e) => ["script", "img", "iframe"].includes(e.localName ?? ""))).toEqual([]);
    const attributes = elements.flatMap((e) => Array.from(e.attributes));
    expect(attributes.filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))).toEqual([]);
  });

  it("redirects a merged-away id like its permalink, answers 410 for a rejected one and a 404 card for an unknown one", async () => {
    const moved = await embed.answerEmbed(request(urls.embedStatementUrl(merged.from)), merged.from);
    expect(moved.status).toBe(308);
    expect(moved.headers.get("location")).toBe(urls.embedStatementUrl(merged.into));
    const gone = await embed.answerEmbed(request(urls.embedStatementUrl(rejected)), rejected);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('data-missing="withdrawn"');
    const unknown = await embed.answerEmbed(request("/embed/statements/nothing-here"), "nothing-here");
    expect(unknown.status).toBe(404);
    const body = await unknown.text();
    expect(body).toContain('data-missing="unknown"');
    expect(body).toContain("There is no statement at this address.");
  });

  it("answers oEmbed with a rich type whose html is the card's iframe, within the consumer's size", async () => {
    const page = `${BASE}${urls.statementUrl(live)}`;
    const response = await embed.answerOembed(request(`${urls.oembedUrl(page)}&maxwidth=400`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "NATO Statement Tracker", provider_url: `${BASE}/`, width: 400, height: 280 });
    expect(body.html).toMatch(new RegExp(`^<iframe src="${BASE}/embed/statements/${live.id}" width="400" height="280" title="[^"<>]+ on NATO Statement Tracker"[^>]*></iframe>$`));
    expect(String(body.title)).toContain(live.quote.slice(0, 20));
    expect(body.author_url).toMatch(new RegExp(`^${BASE}/speakers/[a-z0-9-]+$`));
    // The slug-less permalink and a merged-away one lead to the same (or the surviving) card.
    const short = (await (await embed.answerOembed(request(urls.oembedUrl(`${BASE}/statements/${live.id}`)))).json()) as { html: string };
    expect(short.html).toBe(String(body.html).replace('width="400"', 'width="560"'));
    const movedBody = (await (await embed.answerOembed(request(urls.oembedUrl(`${BASE}/statements/${merged.from}`)))).json()) as { html: string };
    expect(movedBody.html).toContain(`/embed/statements/${merged.into}"`);
  });

  it("answers oEmbed errors: 400 naming a bad parameter, 404 for a page it cannot embed, 501 for XML", async () => {
    const cases: [string, number][] = [
      ["/oembed", 400],
      ["/oembed?url=not-a-url", 400],
      [`/oembed?url=${encodeURIComponent(`${BASE}/statements/${live.id}`)}&maxwidth=wide`, 400],
      [`/oembed?url=${encodeURIComponent(`https://elsewhere.example/statements/${live.id}`)}`, 404],
      [`/oembed?url=${encodeURIComponent(`${BASE}/speakers/mark-rutte`)}`, 404],
      [`/oembed?url=${encodeURIComponent(`${BASE}/statements/${rejected}`)}`, 404],
      [`/oembed?url=${encodeURIComponent(`${BASE}/statements/a%00b`)}`, 404],
      [`/oembed?url=${encodeURIComponent(`${BASE}/statements/${live.id}`)}&format=xml`, 501],
    ];
    for (const [url, status] of cases) {
      const response = await embed.answerOembed(request(url));
      expect(response.status, url).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    const missing = (await (await embed.answerOembed(request("/oembed"))).json()) as { issues: { param: string }[] };
    expect(missing.issues.map((i) => i.param)).toEqual(["url"]);
  });
});
