/**
 * Previous / numbered / next links. Numbered pages stop at `maxPage`; "Next" follows `nextHref`, which
 * beyond the numbered pages carries a cursor. On a cursor page only "First page" and "Next" are offered.
 */
export function Pagination({
  page,
  pageCount,
  maxPage,
  onCursor,
  hrefFor,
  nextHref,
}: {
  page: number;
  pageCount: number;
  maxPage: number;
  onCursor: boolean;
  hrefFor: (page: number) => string;
  nextHref: string | null;
}) {
  if (!onCursor && pageCount <= 1 && !nextHref) return null;
  const item = "inline-flex min-w-10 items-center justify-center rounded-md border px-3 py-2 text-sm";
  const lastNumbered = Math.min(pageCount, maxPage);
  const pages = new Set<number>([1, lastNumbered, page - 1, page, page + 1].filter((p) => p >= 1 && p <= lastNumbered));
  const sorted = onCursor ? [] : [...pages].sort((a, b) => a - b);
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center gap-2">
      {onCursor ? (
        <a href={hrefFor(1)} className={`${item} border-slate-300 bg-white hover:bg-slate-50`}>
          ← First page
        </a>
      ) : page > 1 ? (
        <a href={hrefFor(Math.min(page - 1, lastNumbered))} rel="prev" className={`${item} border-slate-300 bg-white hover:bg-slate-50`}>
          ← Previous
        </a>
      ) : null}
      {sorted.length > 0 ? (
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
                <a href={hrefFor(p)} className={`${item} border-slate-300 bg-white hover:bg-slate-50`}>
                  <span className="sr-only">Page </span>
                  {p}
                </a>
              )}
            </li>
          ))}
        </ol>
      ) : null}
      {nextHref ? (
        <a href={nextHref} rel="next" className={`${item} border-slate-300 bg-white hover:bg-slate-50`}>
          Next →
        </a>
      ) : null}
    </nav>
  );
}
