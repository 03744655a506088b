// One outlet: its articles, the statements it published, the chain behind them (whom its reports cite) and
// who relays it (whose reports cite it). The full, filterable list is /statements?outlet=….
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { DateText } from "@/components/DateText";
import { SectionHeading } from "@/components/SectionHeading";
import { StatementList } from "@/components/StatementList";
import { formatCount } from "@/lib/format";
import { articlePath, outletPath, statementsUrl } from "@/lib/urls";
import { isNotFoundError } from "@/server/errors";
import { getOutlet } from "@/server/queries";
import type { OutletLink } from "@/server/queries/types";

type Params = Promise<{ slug: string }>;

const KIND_WORDS: Record<string, string> = {
  wire: "News agency",
  newspaper: "Newspaper",
  broadcaster: "Broadcaster",
  online: "Online outlet",
  platform: "Platform",
};

const loadOutlet = cache(async (slug: string) => {
  await connection();
  try {
    return await getOutlet(slug);
  } catch (error) {
    if (isNotFoundError(error)) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const outlet = await loadOutlet((await params).slug);
  return {
    title: outlet.name,
    description: `What ${outlet.name} reported of NATO leaders' statements on Ukraine, and whom it cited.`,
    alternates: { canonical: outletPath(outlet.slug) },
  };
}

function OutletLinks({ links, testId }: { links: OutletLink[]; testId: string }) {
  return (
    <ul className="space-y-1" data-testid={testId}>
      {links.map((link) => (
        <li key={link.outlet?.slug ?? "unnamed"}>
          {link.outlet ? (
            <Link href={outletPath(link.outlet.slug)} className="text-blue-800 underline underline-offset-2">
              {link.outlet.name}
            </Link>
          ) : (
            "A publisher not named"
          )}{" "}
          <span className="text-slate-700">({formatCount(link.reports, "report")})</span>
        </li>
      ))}
    </ul>
  );
}

export default async function OutletPage({ params }: { params: Params }) {
  const outlet = await loadOutlet((await params).slug);
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">{KIND_WORDS[outlet.kind] ?? outlet.kind}</p>
        <h1 className="text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl" data-testid="outlet-name">
          {outlet.name}
        </h1>
        <p className="text-slate-700">
          {formatCount(outlet.articleCount, "article")} in the tracker;{" "}
          <Link href={statementsUrl({ outlet: outlet.slug })} className="text-blue-800 underline underline-offset-2">
            {formatCount(outlet.statementCount, "statement")} it published or is cited in
          </Link>
          .{outlet.aliases.length ? ` Also written as ${outlet.aliases.join(", ")}.` : ""}
        </p>
      </header>

      <section aria-labelledby="chain-heading" className="grid gap-6 sm:grid-cols-2">
        <h2 id="chain-heading" className="sr-only">
          Outlet chain
        </h2>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="text-lg font-semibold text-slate-950">Whom its reports cite</h3>
          <p className="mb-2 text-sm text-slate-700">The outlets that received or first reported the remarks it printed.</p>
          {outlet.cites.length ? <OutletLinks links={outlet.cites} testId="outlet-cites" /> : <p>None named.</p>}
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="text-lg font-semibold text-slate-950">Who cites it</h3>
          <p className="mb-2 text-sm text-slate-700">The publishers whose reports relay what it received or reported first.</p>
          {outlet.citedBy.length ? <OutletLinks links={outlet.citedBy} testId="outlet-cited-by" /> : <p>Nobody in the tracker.</p>}
        </div>
      </section>

      <section aria-labelledby="published-heading" className="space-y-3">
        <SectionHeading
          id="published-heading"
          title="What it reported"
          link={{ href: statementsUrl({ outlet: outlet.slug }), label: "All, with filters" }}
        />
        <StatementList statements={outlet.published} empty="No statements from its own articles." testId="outlet-published" />
      </section>

      <section aria-labelledby="cited-heading" className="space-y-3">
        <SectionHeading id="cited-heading" title="Remarks it received or first reported, as others cite them" />
        <StatementList statements={outlet.citedIn} empty="No report cites it." testId="outlet-cited-in" />
      </section>

      <section aria-labelledby="articles-heading" className="space-y-3">
        <SectionHeading id="articles-heading" title="Its articles, newest first" />
        {outlet.articles.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-400 bg-white p-4">No articles of its own in the tracker.</p>
        ) : (
          <ol className="space-y-2" data-testid="outlet-articles">
            {outlet.articles.map((article) => (
              <li key={article.id} className="rounded-lg border border-slate-200 bg-white p-3">
                <Link href={articlePath(article.id)} className="font-semibold text-blue-800 underline underline-offset-2">
                  {article.title ?? "Untitled article"}
                </Link>
                <p className="text-sm text-slate-700">
                  <DateText date={article.publishedAt} precision={article.publishedPrecision} /> ·{" "}
                  {formatCount(article.reportCount, "statement")} found
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
