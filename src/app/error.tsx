"use client";
// Error boundary for every page below the root layout: says what happened in plain
// words, offers a retry (re-fetches the segment) and a way home.
import Link from "next/link";
import { useEffect, useSyncExternalStore } from "react";
import { noSubscription } from "@/lib/hydration";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  // The request id the server logged this request under (set on <body> by the root layout).
  // Read as an external store: "" while rendering on the server, the <body> attribute once in the browser.
  const requestId = useSyncExternalStore(noSubscription, () => document.body.dataset.requestId ?? "", () => "");
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String((error as { digest?: unknown }).digest ?? "") : "";
  const reference = [requestId && `request ${requestId}`, digest && `error ${digest}`].filter(Boolean).join(", ");
  return (
    <div role="alert" className="mx-auto max-w-2xl rounded-xl border border-red-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold text-slate-950">Something went wrong</h1>
      <p className="mt-3 text-slate-700">
        We could not load this page. This is a problem on our side, not with your link. Please try again in a moment.
      </p>
      {reference ? <p className="mt-2 text-sm text-slate-600">Reference: {reference}</p> : null}
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button type="button" onClick={() => retry()} className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          Try again
        </button>
        <Link href="/" className="text-blue-800 underline underline-offset-2">
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
