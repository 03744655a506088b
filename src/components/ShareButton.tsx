"use client";
// Opens the system share sheet where there is one; otherwise copies the link.
import { useSyncExternalStore } from "react";
import { CopyButton } from "./CopyButton";

// Whether the browser can share never changes while the page is open: nothing to subscribe to.
const subscribeToNothing = () => () => {};
const browserCanShare = () => typeof navigator.share === "function";
const serverCanShare = () => false;

export function ShareButton({ url, title }: { url: string; title: string }) {
  // The server renders the copy button; the browser switches to the share sheet where it has one.
  const canShare = useSyncExternalStore(subscribeToNothing, browserCanShare, serverCanShare);
  if (!canShare) return <CopyButton text={url} label="Copy link" doneLabel="Link copied" />;
  return (
    <button
      type="button"
      onClick={() => navigator.share({ url, title }).catch(() => undefined)}
      className="inline-flex items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-semibold text-slate-900 shadow-sm hover:bg-slate-100"
    >
      <svg viewBox="0 0 16 16" className="h-4 w-4" aria-hidden="true">
        <path d="M8 10V2M5 5l3-3 3 3M3 8v5.5h10V8" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      Share
    </button>
  );
}
