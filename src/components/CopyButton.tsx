"use client";
// Copies a text to the clipboard and says so; without the Clipboard API it selects a
// fallback textarea so the user can copy by hand.
import { useRef, useState } from "react";

export function CopyButton({ text, label, doneLabel = "Copied" }: { text: string; label: string; doneLabel?: string }) {
  const [state, setState] = useState<"idle" | "done" | "manual">("idle");
  const fallback = useRef<HTMLTextAreaElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("done");
      window.setTimeout(() => setState("idle"), 2500);
    } catch {
      setState("manual");
      window.setTimeout(() => fallback.current?.select(), 0);
    }
  }

  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        onClick={copy}
        className="inline-flex items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-semibold text-slate-900 shadow-sm hover:bg-slate-100"
      >
        <svg viewBox="0 0 16 16" className="h-4 w-4" aria-hidden="true">
          <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        {state === "done" ? doneLabel : label}
      </button>
      <span role="status" className="sr-only">
        {state === "done" ? doneLabel : ""}
      </span>
      {state === "manual" ? (
        <textarea
          ref={fallback}
          readOnly
          value={text}
          aria-label="Text to copy"
          className="mt-1 w-72 max-w-full rounded-md border border-slate-400 p-2 text-sm"
          rows={3}
        />
      ) : null}
    </span>
  );
}
