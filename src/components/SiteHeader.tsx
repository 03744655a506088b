import { homeUrl } from "@/lib/urls";
import { NavLinks } from "./NavLinks";

/** `pathname`: the page's path, for the navigation's current section. */
export function SiteHeader({ pathname }: { pathname: string }) {
  return (
    <header data-palette="light" className="border-b border-blue-950 bg-blue-900 text-white">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <a href={homeUrl()} className="flex items-center gap-2 rounded-sm py-1 font-semibold tracking-tight">
          <svg viewBox="0 0 24 24" className="h-7 w-7" aria-hidden="true">
            <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M12 2.5v19M2.5 12h19" stroke="currentColor" strokeWidth="1.2" />
            <path d="M12 5l2 7-2 7-2-7z" fill="currentColor" />
          </svg>
          <span className="text-lg">NATO Statement Tracker</span>
        </a>
        <NavLinks pathname={pathname} />
      </div>
    </header>
  );
}
