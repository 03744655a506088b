// A stored article as imported, with every statement extracted from it highlighted where it was printed,
// each linking to its permalink; each statement's reports link back here to its anchor.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { ArticleText } from "@/components/ArticleText";
import { DateText } from "@/components/DateText";
import { QuoteText } from "@/components/QuoteText";
import { formatCount } from "@/lib/format";
import { articleAnchorId, articlePath, outletPath, statementUrl } from "@/lib/urls";
import { isNotFoundError } from "@/server/errors";
import { getArticle } from "@/server/queries";
import { safeDecode } from "@/app/statements/[id]/_load";

type Params = Promise<{ id: string }>;

const loadArticle = cache(async (id: string) => {
  await connection();
  try {
    return await getArticle(safeDecode(id));
  } catch (error) {
    if (isNotFoundError(error)) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  const title = article.title ?? `Article from ${article.outlet?.name ?? "an unnamed publisher"}`;
  return {
    title,
    description: `${title}: the stored text with the ${formatCount(article.statements.length, "statement")} found in it highlighted.`,
    alternates: { canonical: articlePath(article.id) },
  };
}

export default async function ArticlePage({ params }: { params: Params }) {
  const article = await loadArticle((await params).id);
  const firstPlaces = article.statements.filter(
    (s, i) => article.statements.findIndex((other) => other.statement.id === s.statement.id) === i,
  );
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">
          Article
          {article.outlet ? (
            <>
              {" "}
              from{" "}
              <Link href={outletPath(article.outlet.slug)} className="text-blue-800 underline underline-offset-2">
                {article.outlet.name}
              </Link>
            </>
          ) : (
            ", publisher not named"
          )}
        </p>
        <h1 className="text-3xl font-bold tracking-tight text-slate-950" data-testid="article-title">
          {article.title ?? "Untitled article"}
        </h1>
        <p className="text-slate-700">
          Published <DateText date={article.publishedAt} precision={article.publishedPrecision} />.{" "}
          {formatCount(firstPlaces.length, "statement")} found in it, marked below; each mark opens its statement.
        </p>
        <p className="text-sm text-slate-700">
          {article.url ? (
            <a href={article.url} className="text-blue-800 underline underline-offset-2" rel="noopener noreferrer">
              The original at {new URL(article.url).hostname}
            </a>
          ) : (
            <>
              No source address recorded; imported from <code className="font-mono text-xs">{article.sourceFile}</code>
              {article.synthetic ? " (a synthetic test article)" : ""}.
            </>
          )}
        </p>
      </header>

      {firstPlaces.length > 0 ? (
        <nav aria-labelledby="in-article-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="in-article-heading" className="text-lg font-semibold text-slate-950">
            Statements in this article
          </h2>
          <ol className="mt-2 list-decimal space-y-2 pl-5 text-slate-800">
            {firstPlaces.map((s) => (
              <li key={s.reportId}>
                <a href={`#${articleAnchorId(s.statement.id)}`} className="text-blue-800 underline underline-offset-2">
                  {s.speaker?.name ?? "Unattributed"}
                </a>
                : <QuoteText quote={s.quote} kind={s.kind} /> —{" "}
                <Link href={statementUrl(s.statement)} className="text-blue-800 underline underline-offset-2">
                  statement page
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}

      <section aria-labelledby="text-heading" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="text-heading" className="mb-3 text-lg font-semibold text-slate-950">
          The text as imported
        </h2>
        <ArticleText text={article.text} statements={article.statements} />
      </section>
    </div>
  );
}
