// Atom feeds against a real PostgreSQL (decision 0065): the document is Atom by RFC 4287's rules (parsed by a
// namespace-aware XML parser, no validator package exists on npm), an HTML payload in a quote and an editor's
// <script> in a role stay text, every report's outlet and source address is listed, `updated` is the
// statement's last change, filters use the statements page's schema (a bad one is a 400, never a 500), and
// the ETag follows the data version.
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAYLOAD, importPayloadArticle } from "./setup/payloadArticle";
import { SEED_IMPORT_TIMEOUT_MS, startScratchApp, type ScratchApp } from "./setup/scratchApp";

const ATOM = "http://www.w3.org/2005/Atom";
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const ROLE_PAYLOAD = '<script>alert("role")</script> Secretary General';

type FeedModule = typeof import("@/server/syndication/statementsFeed");

function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(text, "application/xml");
  expect(errors).toEqual([]);
  return doc;
}

const children = (parent: Element, name: string): Element[] =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ATOM && (n as Element).localName === name);

const text = (parent: Element, name: string): string => children(parent, name)[0]?.textContent ?? "";

/** RFC 4287 §4.1: what a feed and each entry must contain. */
function expectValidAtom(doc: Document): Element[] {
  const feed = doc.documentElement as Element;
  expect(feed.namespaceURI).toBe(ATOM);
  expect(feed.localName).toBe("feed");
  for (const name of ["id", "title", "updated"]) expect(children(feed, name), `feed/${name}`).toHaveLength(1);
  expect(text(feed, "updated")).toMatch(RFC3339);
  expect(() => new URL(text(feed, "id"))).not.toThrow();
  const links = children(feed, "link");
  expect(links.filter((l) => l.getAttribute("rel") === "self")).toHaveLength(1);
  const feedHasAuthor = children(feed, "author").length > 0;
  const entries = children(feed, "entry");
  const ids = new Set<string>();
  for (const entry of entries) {
    for (const name of ["id", "title", "updated"]) expect(children(entry, name), `entry/${name}`).toHaveLength(1);
    expect(text(entry, "updated")).toMatch(RFC3339);
    expect(() => new URL(text(entry, "id"))).not.toThrow();
    ids.add(text(entry, "id"));
    // An entry needs an author of its own unless the feed has one; content or an alternate link.
    expect(feedHasAuthor || children(entry, "author").length > 0).toBe(true);
    const alternates = children(entry, "link").filter((l) => (l.getAttribute("rel") ?? "alternate") === "alternate");
    expect(alternates.length).toBeGreaterThanOrEqual(1);
    expect(children(entry, "content").length + alternates.length).toBeGreaterThan(0);
    for (const author of children(entry, "author")) expect(children(author, "name")).toHaveLength(1);
  }
  expect(ids.size).toBe(entries.length);
  return entries;
}

describe("Atom feeds", () => {
  let app: ScratchApp;
  let feeds: FeedModule;
  let payloadId: string;

  const get = (url: string, headers: Record<string, string> = {}) => new Request(`http://localhost:3000${url}`, { headers });

  beforeAll(async () => {
    app = await startScratchApp("feeds");
    const { importSeedsIfMissing } = await import("@/server/ingest");
    await importSeedsIfMissing(app.db, "seeds");
    payloadId = await importPayloadArticle(app.db);
    const { correctStatement } = await import("@/server/editor/review");
    await correctStatement(app.db, payloadId, { speakerRole: ROLE_PAYLOAD }, { editorName: "ada" }, "role as printed");
    feeds = await import("@/server/syndication/statementsFeed");
  }, SEED_IMPORT_TIMEOUT_MS);

  afterAll(async () => {
    await app?.close();
  });

  it("answers Atom that follows RFC 4287, newest statement first", async () => {
    const response = await feeds.answerStatementsFeed(get("/feeds/statements.atom"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const entries = expectValidAtom(parseXml(await response.text()));
    const total = await app.db.statement.count();
    expect(entries).toHaveLength(Math.min(50, total));
    // The payload statement is dated 2031, after every seed: it comes first.
    expect(text(entries[0], "id")).toBe(`http://localhost:3000/statements/${payloadId}`);
  });

  it("keeps HTML in quotes, titles and roles as text", async () => {
    const body = await (await feeds.answerStatementsFeed(get("/feeds/statements.atom?speaker=mark-rutte"))).text();
    expect(body).not.toContain("<img");
    expect(body).not.toContain("<script");
    const entry = expectValidAtom(parseXml(body)).find((e) => text(e, "id").endsWith(payloadId)) as Element;
    // type="html": the element's text is HTML, in which the payload must be escaped text.
    expect(children(entry, "title")[0].getAttribute("type")).toBe("html");
    expect(text(entry, "title")).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const content = text(entry, "content");
    expect(content).toContain("&lt;img src=x onerror=alert(1)&gt; before a ceasefire ]]&gt; holds, and not ]]&gt; before talks end &amp; nothing else");
    expect(content).toContain("&lt;script&gt;alert(&quot;role&quot;)&lt;/script&gt; Secretary General");
    expect(content).not.toMatch(/<script|<img/i);
    const parsedHtml = new DOMParser().parseFromString(`<div>${content}</div>`, "text/html");
    expect(parsedHtml.getElementsByTagName("script")).toHaveLength(0);
    expect(parsedHtml.getElementsByTagName("img")).toHaveLength(0);
  });

  it("lists every reporting outlet with its source address, speaker, role, topics and stance", async () => {
    const body = await (await feeds.answerStatementsFeed(get("/feeds/statements.atom"))).text();
    const entries = expectValidAtom(parseXml(body));
    const inFeed = entries.map((e) => text(e, "id").split("/").at(-1) as string);
    const statements = await app.db.statement.findMany({
      where: { id: { in: inFeed } },
      include: { reports: { include: { article: { include: { outlet: true } } } } },
    });
    // Every entry names each report's outlet and links its source (escaped for HTML).
    for (const statement of statements) {
      const content = text(entries[inFeed.indexOf(statement.id)], "content");
      expect(content.match(/<li>/g)?.length ?? 0).toBeGreaterThanOrEqual(statement.reports.length);
      for (const report of statement.reports) {
        if (report.article.outlet) expect(content).toContain(report.article.outlet.name.replace(/&/g, "&amp;"));
        if (report.article.url) expect(content).toContain(`href="${report.article.url.replace(/&/g, "&amp;")}"`);
      }
    }
    expect(statements.some((s) => s.reports.length > 1)).toBe(true);
    const payload = entries.find((e) => text(e, "id").endsWith(payloadId)) as Element;
    const content = text(payload, "content");
    expect(content).toContain(`<a href="${PAYLOAD.url.replace(/&/g, "&amp;")}">${PAYLOAD.outlet}</a>: Rutte &lt;b&gt;bold&lt;/b&gt; &amp; more`);
    expect(content).toContain("<strong>Mark Rutte</strong>");
    const { stanceLabel, topicLabel } = await import("@/lib/format");
    const stances = await app.db.statementStance.findMany({ where: { statementId: payloadId } });
    expect(stances.length).toBeGreaterThan(0);
    for (const stance of stances) expect(content).toContain(`${topicLabel(stance.topic)}: <strong>${stanceLabel(stance.value)}</strong>`);
    expect(children(payload, "author")[0].textContent).toContain("Mark Rutte");
    expect(children(payload, "category").map((c) => c.getAttribute("term"))).toContain("troops");
    const permalink = children(payload, "link")[0].getAttribute("href") as string;
    expect(permalink).toMatch(new RegExp(`^http://localhost:3000/statements/${payloadId}/[a-z0-9-]+$`));
  });

  it("dates each entry by the statement's last change (here the editor's correction)", async () => {
    const correction = await app.db.correction.findFirstOrThrow({ where: { statementId: payloadId }, orderBy: { createdAt: "desc" } });
    const review = await app.db.statementReview.findUniqueOrThrow({ where: { statementId: payloadId } });
    const latest = Math.max(correction.createdAt.getTime(), review.reviewedAt.getTime());
    const entry = expectValidAtom(parseXml(await (await feeds.answerStatementsFeed(get("/feeds/statements.atom"))).text()))[0];
    expect(new Date(text(entry, "updated")).getTime()).toBe(latest);
    const created = (await app.db.statement.findUniqueOrThrow({ where: { id: payloadId } })).createdAt.getTime();
    expect(latest).toBeGreaterThan(created);
  });

  it("filters like the statements page; speaker and topic feeds equal their query forms", async () => {
    const ids = async (url: string, scope?: () => import("@/server/syndication/statementsFeed").FeedScope) => {
      const response = await feeds.answerStatementsFeed(get(url), scope);
      expect(response.status).toBe(200);
      return expectValidAtom(parseXml(await response.text())).map((e) => text(e, "id"));
    };
    const rutteTroops = await ids("/feeds/statements.atom?speaker=mark-rutte&topic=troops");
    const expected = await app.db.statement.findMany({ where: { speaker: { slug: "mark-rutte" }, topics: { has: "troops" } }, select: { id: true } });
    expect(new Set(rutteTroops)).toEqual(new Set(expected.slice(0, 50).map((s) => `http://localhost:3000/statements/${s.id}`)));
    expect(await ids("/feeds/speakers/mark-rutte.atom", () => feeds.feedScopeFromFile("speaker", "mark-rutte.atom"))).toEqual(
      await ids("/feeds/statements.atom?speaker=mark-rutte"),
    );
    expect(await ids("/feeds/topics/troops.atom?speaker=mark-rutte", () => feeds.feedScopeFromFile("topic", "troops.atom"))).toEqual(rutteTroops);
  });

  it("answers a bad parameter with a 400 problem naming it, a feed that does not exist with a 404", async () => {
    const cases: [string, (() => import("@/server/syndication/statementsFeed").FeedScope) | undefined, number, string | null][] = [
      ["/feeds/statements.atom?topic=weather", undefined, 400, "topic"],
      ["/feeds/statements.atom?from=2025-02-30", undefined, 400, "from"],
      ["/feeds/statements.atom?speaker=no-such-person", undefined, 400, "speaker"],
      ["/feeds/statements.atom?page=abc", undefined, 400, "page"],
      ["/feeds/speakers/mark-rutte.atom?speaker=someone", () => feeds.feedScopeFromFile("speaker", "mark-rutte.atom"), 400, "speaker"],
      ["/feeds/speakers/no-such-person.atom", () => feeds.feedScopeFromFile("speaker", "no-such-person.atom"), 404, null],
      ["/feeds/speakers/Bad%20Slug!.atom", () => feeds.feedScopeFromFile("speaker", "Bad%20Slug!.atom"), 404, null],
      ["/feeds/topics/weather.atom", () => feeds.feedScopeFromFile("topic", "weather.atom"), 404, null],
      ["/feeds/topics/troops.rss", () => feeds.feedScopeFromFile("topic", "troops.rss"), 404, null],
    ];
    for (const [url, scope, status, param] of cases) {
      const response = await feeds.answerStatementsFeed(get(url), scope);
      expect(response.status, url).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const body = (await response.json()) as { issues?: { param: string }[] };
      if (param) expect(body.issues?.map((i) => i.param), url).toContain(param);
    }
  });

  it("answers 304 while the data version holds, and a new body after a write", async () => {
    const first = await feeds.answerStatementsFeed(get("/feeds/statements.atom"));
    const etag = first.headers.get("etag") as string;
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect((await feeds.answerStatementsFeed(get("/feeds/statements.atom", { "if-none-match": etag }))).status).toBe(304);
    const { confirmStatement } = await import("@/server/editor/review");
    const other = await app.db.statement.findFirstOrThrow({ where: { id: { not: payloadId } } });
    await confirmStatement(app.db, other.id, { editorName: "ada" });
    const after = await feeds.answerStatementsFeed(get("/feeds/statements.atom", { "if-none-match": etag }));
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
  });
});
