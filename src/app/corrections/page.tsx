// /corrections: every change an editor made to a statement, newest first.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { CorrectionItem } from "@/components/editor/CorrectionList";
import { correctionsUrl } from "@/lib/urls";
import { listCorrections } from "@/server/queries";

export const metadata: Metadata = {
  title: "Corrections",
  description: "Every correction editors made to automatically extracted statements: what changed, when, by whom and why.",
  alternates: { canonical: correctionsUrl() },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CorrectionsPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const raw = (await searchParams).page;
  const page = typeof raw === "string" && /^\d{1,5}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
  const log = await listCorrections(page);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-slate-950">Corrections</h1>
      <p className="max-w-3xl text-slate-800">
        Statements are extracted from news reports automatically. Editors check them; every change they make is listed here, newest first,
        with the value before and after. {log.total} correction{log.total === 1 ? "" : "s"} so far.
      </p>
      <ol className="space-y-3" data-testid="corrections">
        {log.items.map((c) => (
          <CorrectionItem key={c.id} correction={c} statement={c.statement} />
        ))}
      </ol>
      {log.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex gap-4">
          {page > 1 ? <Link href={correctionsUrl(page - 1)} className="text-blue-800 underline">Newer</Link> : null}
          {page < log.pageCount ? <Link href={correctionsUrl(page + 1)} className="text-blue-800 underline">Older</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
