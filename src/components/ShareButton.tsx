// Opens the system share sheet; public/enhance.js shows it only where the browser has one.
export function ShareButton({ url, title }: { url: string; title: string }) {
  return (
    <button
      type="button"
      hidden
      data-share-url={url}
      data-share-title={title}
      className="inline-flex items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 shadow-sm hover:bg-slate-100"
    >
      <svg viewBox="0 0 16 16" className="h-4 w-4" aria-hidden="true">
        <path d="M8 10V2M5 5l3-3 3 3M3 8v5.5h10V8" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      Share
    </button>
  );
}
