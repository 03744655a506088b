// /api/openapi.json, generated from the zod schemas the handlers are typed by (src/schemas/api.ts and the
// filter schema the pages share) with zod's own z.toJSONSchema: OpenAPI 3.1 speaks JSON Schema 2020-12,
// which is zod's default target, so no converter library is needed (decision 0060).
import "server-only";
import { z } from "zod";
import {
  apiArticleUrl,
  apiOutletsUrl,
  apiSpeakersUrl,
  apiSpeakerUrl,
  apiStatementsUrl,
  apiStatementUrl,
  apiDocsUrl,
  openApiUrl,
} from "@/lib/urls";
import * as Api from "@/schemas/api";
import { statementFilterSchema, type StatementFilterParam } from "@/schemas/statementFilter";
import { siteBase } from "@/app/_shared/site";

type JsonSchema = Record<string, unknown>;

/** Every schema that gets a name under components.schemas; nested ones become $refs. */
const COMPONENTS = {
  StatementList: Api.StatementList,
  StatementSummary: Api.StatementSummary,
  StatementDetail: Api.StatementDetail,
  Report: Api.Report,
  ArticleRef: Api.ArticleRef,
  SpeakerRef: Api.SpeakerRef,
  OutletRef: Api.OutletRef,
  StanceView: Api.StanceView,
  SpeakerRole: Api.SpeakerRole,
  SpeakerList: Api.SpeakerList,
  SpeakerListItem: Api.SpeakerListItem,
  SpeakerDetail: Api.SpeakerDetail,
  CurrentPosition: Api.CurrentPosition,
  OutletList: Api.OutletList,
  OutletListItem: Api.OutletListItem,
  ArticleDetail: Api.ArticleDetail,
  StatementExportRow: Api.StatementExportRow,
  ReportExportRow: Api.ReportExportRow,
  Problem: Api.Problem,
} satisfies Record<string, z.ZodType>;

export type ComponentName = keyof typeof COMPONENTS;

const FILTER_DESCRIPTIONS: Record<StatementFilterParam, string> = {
  speaker: "A speaker's slug (see /api/speakers).",
  topic: "troops, negotiations, membership or other.",
  outlet: "An outlet's slug (see /api/outlets): statements it published or is cited in.",
  stance: "opposes, conditional or supports (on the chosen topic, else on any).",
  from: "Statements dated on or after this day (YYYY-MM-DD).",
  to: "Statements dated on or before this day (YYYY-MM-DD).",
  kind: "direct or indirect: quoted words or reported speech.",
  reviewed: '"1": only statements an editor has reviewed.',
  q: "Search text (words, \"a phrase\", or -excluded).",
  sort: "date (newest first) or reports (most reported first); unset: by relevance when searching, else by date.",
  page: "A numbered page, 1 to 50 (prefer the next link).",
  after: "An opaque keyset position, as given in next.",
};

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutDialect(schema)]));
}

/** OpenAPI 3.1 sets the dialect once (2020-12, zod's default); each schema's own $schema and $id go. */
function withoutDialect(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));
}

function queryParameter(name: string, schema: z.ZodType, description: string) {
  return { name, in: "query", required: false, description, schema: withoutDialect(z.toJSONSchema(schema, { io: "input" }) as JsonSchema) };
}

const pathParameter = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: { type: "string" } });

const json = (name: ComponentName) => ({ "application/json": { schema: ref(name) } });
const problemAnswer = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });
const notModified = { description: "Not modified: the If-None-Match ETag (or If-Modified-Since) still holds." };

/** The operation of a GET that answers one JSON body. */
function read(summary: string, body: ComponentName, extra: Record<string, unknown> = {}) {
  return {
    get: {
      summary,
      responses: {
        "200": { description: "OK", content: json(body) },
        "304": notModified,
        ...(extra.responses as object),
        "503": problemAnswer("The database is temporarily away; retry after Retry-After seconds."),
      },
      ...Object.fromEntries(Object.entries(extra).filter(([key]) => key !== "responses")),
    },
  };
}

/** OpenAPI keeps `{id}` templates; our URL builders would escape the braces. */
const template = (path: string) => path.replace(/%7B/g, "{").replace(/%7D/g, "}");

export function openApiDocument() {
  const filterParameters = Object.entries(statementFilterSchema.shape).map(([name, schema]) =>
    queryParameter(name, schema, FILTER_DESCRIPTIONS[name as StatementFilterParam]),
  );
  const optionParameters = Object.entries(Api.listOptionsSchema.shape).map(([name, schema]) =>
    queryParameter(name, schema, schema.description ?? name),
  );
  const badRequest = problemAnswer("A parameter is invalid; issues names each one.");
  const notFound = problemAnswer("No such resource.");
  return {
    openapi: "3.1.0",
    info: {
      title: "NATO Statement Tracker API",
      version: "1",
      description:
        "Statements by NATO leaders, each with every report of it and the exact sentence it came from. Read-only, open to every origin, " +
        `revalidate with ETag. Examples: ${apiDocsUrl()}.`,
    },
    servers: [{ url: siteBase() }],
    paths: {
      [apiStatementsUrl()]: read("Statements matching a filter, newest first", "StatementList", {
        description:
          "One page as JSON with a next link (keyset: stable while data is added). With format=csv or format=jsonl, the whole filtered " +
          "view as a streamed download, one row per statement (StatementExportRow) or per report (ReportExportRow).",
        parameters: [...filterParameters, ...optionParameters],
        responses: {
          "200": {
            description: "OK",
            content: {
              ...json("StatementList"),
              "text/csv": { schema: { type: "string", description: "Columns: the properties of StatementExportRow or ReportExportRow, in order." } },
              "application/jsonl": { schema: { type: "string", description: "One StatementExportRow or ReportExportRow per line." } },
            },
          },
          "400": badRequest,
        },
      }),
      [template(apiStatementUrl("{id}"))]: read("One statement with every report", "StatementDetail", {
        parameters: [pathParameter("id", "The statement's id.")],
        responses: {
          "308": { description: "The statement was merged into another: Location names it." },
          "404": notFound,
          "410": problemAnswer("Withdrawn by a re-extraction or rejected by an editor (with the reason)."),
        },
      }),
      [apiSpeakersUrl()]: read("Speakers with at least one statement, by name", "SpeakerList"),
      [template(apiSpeakerUrl("{slug}"))]: read("A speaker: roles with dates and current position per topic", "SpeakerDetail", {
        parameters: [pathParameter("slug", "The speaker's slug.")],
        responses: { "404": notFound },
      }),
      [apiOutletsUrl()]: read("Outlets that published or are cited in a report", "OutletList"),
      [template(apiArticleUrl("{id}"))]: read("An imported article with its text and the statements found in it", "ArticleDetail", {
        parameters: [pathParameter("id", "The article's id.")],
        responses: { "404": notFound },
      }),
      [openApiUrl()]: {
        get: { summary: "This document", responses: { "200": { description: "OK", content: { "application/json": { schema: { type: "object" } } } } } },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
