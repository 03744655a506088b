// One example request per API route, on real data (the newest statement, its speaker and first article),
// shown with its live response on /api and run by the integration tests against each route's schema.
import "server-only";
import {
  apiArticleUrl,
  apiOutletsUrl,
  apiSpeakersUrl,
  apiSpeakerUrl,
  apiStatementsUrl,
  apiStatementUrl,
  openApiUrl,
} from "@/lib/urls";
import { siteUrl } from "@/app/_shared/site";
import { getStatement, latestStatements } from "@/server/queries";
import {
  getArticleById,
  getOpenApi,
  getOutlets,
  getSpeakerBySlug,
  getSpeakers,
  getStatementById,
  getStatements,
} from "./handlers";
import type { ComponentName } from "./openapi";

export interface ApiExample {
  title: string;
  /** The route as documented, e.g. /api/speakers/{slug}. */
  route: string;
  /** The example's own path and query. */
  path: string;
  /** The schema its body follows: a component of /api/openapi.json (export rows: one per line or CSV row). */
  schema: ComponentName | "OpenApiDocument";
  format: "json" | "csv" | "jsonl";
  run: () => Promise<Response>;
}

const params = <K extends string>(key: K, value: string) => ({ params: Promise.resolve({ [key]: value } as Record<K, string>) });
const get = (path: string) => new Request(siteUrl(path));

/** The examples, or none when the database holds no statement yet. */
export async function apiExamples(): Promise<ApiExample[]> {
  const [newest] = await latestStatements(1);
  if (!newest) return [];
  const statement = await getStatement(newest.id);
  const speaker = statement.speaker?.slug;
  const articleId = statement.reports[0]?.article.id;
  const topic = statement.topics[0];
  const filter = { speaker, topic };
  const examples: ApiExample[] = [];
  const add = (example: Omit<ApiExample, "run">, run: (request: Request) => Promise<Response>) =>
    examples.push({ ...example, run: () => run(get(example.path)) });

  add({ title: "Statements matching a filter", route: apiStatementsUrl(), path: apiStatementsUrl(filter, { limit: 2 }), schema: "StatementList", format: "json" }, getStatements);
  add({ title: "The same view as CSV, one row per statement", route: apiStatementsUrl(), path: apiStatementsUrl(filter, { format: "csv" }), schema: "StatementExportRow", format: "csv" }, getStatements);
  add({ title: "The same view as JSON Lines, one row per report", route: apiStatementsUrl(), path: apiStatementsUrl(filter, { format: "jsonl", rows: "reports" }), schema: "ReportExportRow", format: "jsonl" }, getStatements);
  add({ title: "One statement with every report", route: "/api/statements/{id}", path: apiStatementUrl(statement.id), schema: "StatementDetail", format: "json" }, (r) => getStatementById(r, params("id", statement.id)));
  add({ title: "Speakers", route: apiSpeakersUrl(), path: apiSpeakersUrl(), schema: "SpeakerList", format: "json" }, getSpeakers);
  if (speaker) {
    add({ title: "A speaker: roles and current positions", route: "/api/speakers/{slug}", path: apiSpeakerUrl(speaker), schema: "SpeakerDetail", format: "json" }, (r) => getSpeakerBySlug(r, params("slug", speaker)));
  }
  add({ title: "Outlets", route: apiOutletsUrl(), path: apiOutletsUrl(), schema: "OutletList", format: "json" }, getOutlets);
  if (articleId) {
    add({ title: "An article with its text and statements", route: "/api/articles/{id}", path: apiArticleUrl(articleId), schema: "ArticleDetail", format: "json" }, (r) => getArticleById(r, params("id", articleId)));
  }
  add({ title: "The OpenAPI 3.1 document", route: openApiUrl(), path: openApiUrl(), schema: "OpenApiDocument", format: "json" }, getOpenApi);
  return examples;
}
