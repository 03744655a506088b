import Link from "next/link";
import { PendingHint } from "./PendingHint";

/** Previous / numbered / next links; `hrefFor(page)` builds each page's URL. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const pages = new Set<number>([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...pages].sort((a, b) => a - b);
  const item = "inline-flex min-w-10 items-center justify-center rounded-md border px-3 py-2 text-sm";
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center gap-2">
      {page > 1 ? (
        <Link href={hrefFor(Math.min(page - 1, pageCount))} rel="prev" className={`${item} border-slate-300 bg-white hover:bg-slate-50`}>
          ← Previous
          <PendingHint className="ml-1.5 h-3 w-3" />
        </Link>
      ) : null}
      <ol className="flex flex-wrap items-center gap-2">
        {sorted.map((p, i) => (
          <li key={p} className="flex items-center gap-2">
            {i > 0 && p - sorted[i - 1] > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page" className={`${item} border-blue-800 bg-blue-800 font-semibold text-white`}>
                <span className="sr-only">Page </span>
                {p}
              </span>
            ) : (
              <Link href={hrefFor(p)} className={`${item} border-slate-300 bg-white hover:bg-slate-50`}>
                <span className="sr-only">Page </span>
                {p}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={`${item} border-slate-300 bg-white hover:bg-slate-50`}>
          Next →
          <PendingHint className="ml-1.5 h-3 w-3" />
        </Link>
      ) : null}
    </nav>
  );
}
