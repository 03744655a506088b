// A copy button for the text of another element (a <textarea readonly> or <pre>), driven by
// public/enhance.js: rendered hidden, so without JavaScript only the selectable text shows.
export function CopyButton({ targetId, label, doneLabel = "Copied" }: { targetId: string; label: string; doneLabel?: string }) {
  const statusId = `${targetId}-copy-status`;
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        hidden
        data-copy-target={targetId}
        data-done-label={doneLabel}
        data-status={statusId}
        className="inline-flex items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 shadow-sm hover:bg-slate-100"
      >
        {label}
      </button>
      <span id={statusId} role="status" className="sr-only" />
    </span>
  );
}
