// On a statement's page: whether a person has checked it, and its corrections.
import Link from "next/link";
import { accuracyUrl, correctionsUrl } from "@/lib/urls";
import type { StatementEditorial } from "@/server/queries/editorial";
import { CorrectionItem } from "./CorrectionList";

export function ReviewStatus({ editorial }: { editorial: StatementEditorial }) {
  return (
    <section aria-labelledby="review-heading" className="space-y-3">
      <h2 id="review-heading" className="sr-only">
        Review
      </h2>
      <p
        data-testid="review-status"
        className={`inline-block rounded-md border px-3 py-1 text-sm font-semibold ${editorial.reviewed ? "border-green-300 bg-green-50 text-green-900" : "border-slate-300 bg-slate-50 text-slate-800"}`}
      >
        {editorial.reviewed ? "Reviewed by an editor" : "Extracted automatically, not yet reviewed"}
      </p>
      {editorial.reviewed ? null : (
        <p className="text-sm">
          <Link href={accuracyUrl()} className="text-blue-800 underline">
            How often automatic extraction is right
          </Link>
        </p>
      )}
      {editorial.corrections.length ? (
        <div>
          <h3 className="font-bold text-slate-950">Corrections</h3>
          <ol className="mt-2 space-y-2">
            {editorial.corrections.map((c) => (
              <CorrectionItem key={c.id} correction={c} />
            ))}
          </ol>
          <p className="mt-1 text-sm">
            <Link href={correctionsUrl()} className="text-blue-800 underline">
              All corrections
            </Link>
          </p>
        </div>
      ) : null}
    </section>
  );
}
