// Every speaker or outlet with how many statements it would list under the other filters in force: the
// long list the filter form leaves out (it offers only the most frequent few).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ParameterNotices } from "@/components/ParameterNotices";
import { formatFacetCount } from "@/lib/format";
import { statementsUrl } from "@/lib/urls";
import { parseStatementFilter } from "@/schemas/statementFilter";
import { facetValues } from "@/server/queries";

type Params = Promise<{ facet: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const FACETS = { speaker: "speaker", outlet: "outlet" } as const;
const PICKER_LIMIT = 500;

function facetOf(value: string): "speaker" | "outlet" {
  if (value !== FACETS.speaker && value !== FACETS.outlet) notFound();
  return value;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const facet = facetOf((await params).facet);
  return { title: `Choose ${facet === "speaker" ? "a speaker" : "an outlet"}`, robots: { index: false } };
}

export default async function FacetPickerPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  await connection();
  const facet = facetOf((await params).facet);
  const { filter, issues } = parseStatementFilter(await searchParams);
  const values = await facetValues(facet, filter, { limit: PICKER_LIMIT });
  const noun = facet === "speaker" ? "speaker" : "outlet";
  return (
    <div className="space-y-6 rounded-lg dark:bg-slate-950 dark:text-slate-100">
      <header>
        <p className="text-sm">
          <Link href={statementsUrl(filter)} className="text-blue-800 underline underline-offset-2 dark:text-blue-300">
            Back to the statements
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-950 dark:text-slate-50">Choose {facet === "speaker" ? "a speaker" : "an outlet"}</h1>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
          Each {noun} with the number of statements it would list together with the other filters in force, most first.
        </p>
      </header>
      <ParameterNotices issues={issues} />
      {values.length === 0 ? (
        <p className="text-slate-800 dark:text-slate-200">No {noun} has statements under these filters.</p>
      ) : (
        <ol className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3" data-testid="facet-values">
          {values.map((value) => (
            <li key={value.value}>
              <Link
                href={statementsUrl({ ...filter, [facet]: value.value, page: undefined, after: undefined })}
                className="text-blue-800 underline underline-offset-2 dark:text-blue-300"
              >
                {value.label}
              </Link>{" "}
              <span className="text-slate-700 dark:text-slate-300">{formatFacetCount(value)}</span>
            </li>
          ))}
        </ol>
      )}
      {values.length === PICKER_LIMIT ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">Showing the {PICKER_LIMIT} with the most statements.</p>
      ) : null}
    </div>
  );
}
