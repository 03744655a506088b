// /api: how to use the public API, with one live example request and response per route (the same
// examples the integration tests run against each route's schema).
import type { Metadata } from "next";
import { connection } from "next/server";
import { openApiUrl, statementsUrl } from "@/lib/urls";
import { apiExamples, type ApiExample } from "@/server/api/examples";
import { siteUrl } from "@/app/_shared/site";

export const metadata: Metadata = {
  title: "API and exports",
  description: "A read-only JSON API and CSV / JSON Lines exports of every statement, with provenance in every row.",
};

const SHOWN_LINES = 40;

/** The start of a response, pretty-printed: enough to see its shape. */
async function responseExcerpt(example: ApiExample): Promise<{ status: number; type: string; text: string }> {
  const res = await example.run();
  const raw = await res.text();
  const pretty = example.format === "json" && res.ok ? JSON.stringify(JSON.parse(raw), null, 2) : raw;
  const lines = pretty.split("\n");
  const text = lines.length > SHOWN_LINES ? `${lines.slice(0, SHOWN_LINES).join("\n")}\n…` : pretty;
  return { status: res.status, type: res.headers.get("content-type") ?? "", text };
}

const code = "rounded bg-slate-100 px-1 font-mono text-sm";

export default async function ApiPage() {
  await connection();
  const examples = await apiExamples();
  const responses = await Promise.all(examples.map(responseExcerpt));
  return (
    <div className="max-w-4xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-950">API and exports</h1>
        <p className="text-slate-700">
          Every statement, speaker, outlet and article is available as JSON. The API is read-only (GET), open to every
          origin (CORS), and answers with an <code className={code}>ETag</code>: send it back in{" "}
          <code className={code}>If-None-Match</code> and you get <code className={code}>304 Not Modified</code> until the
          data changes. Lists take the same filters as the <a className="text-blue-800 underline" href={statementsUrl()}>statements page</a>{" "}
          and page with a <code className={code}>next</code> link that stays right while articles are added. Errors are{" "}
          <code className={code}>application/problem+json</code>; a 400 names each bad parameter.
        </p>
        <p className="text-slate-700">
          <code className={code}>format=csv</code> or <code className={code}>format=jsonl</code> on{" "}
          <code className={code}>/api/statements</code> downloads the whole filtered view (every page), streamed, with the
          permalink and the source in every row; <code className={code}>rows=reports</code> gives one row per report.
        </p>
        <p>
          The full description is the OpenAPI 3.1 document:{" "}
          <a className="font-semibold text-blue-800 underline" href={openApiUrl()}>
            {siteUrl(openApiUrl())}
          </a>
        </p>
      </header>
      {examples.length === 0 ? <p>No statements have been imported yet, so there are no examples to show.</p> : null}
      {examples.map((example, i) => (
        <section key={example.path} aria-labelledby={`example-${i}`} className="space-y-2">
          <h2 id={`example-${i}`} className="text-xl font-semibold text-slate-900">
            {example.title} <span className="font-mono text-base font-normal text-slate-600">{example.route}</span>
          </h2>
          <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-sm text-slate-50">
            <code>{`curl '${siteUrl(example.path)}'`}</code>
          </pre>
          <p className="text-sm text-slate-700">
            {responses[i].status} · {responses[i].type} · schema <code className={code}>{example.schema}</code>
          </p>
          <pre className="max-h-96 overflow-auto rounded border border-slate-300 bg-white p-3 text-xs">
            <code>{responses[i].text}</code>
          </pre>
        </section>
      ))}
    </div>
  );
}
