// The main navigation, rendered on the server. The current section is marked with aria-current; the path
// comes from the proxy (src/proxy.ts, PATH_HEADER) because a layout is not given it. Plain anchors: the
// reading pages have no client runtime (decision 0080), so next/link rendered exactly these anchors while
// costing a client component's render on every page (decision 0450). The hidden spinner span is kept so
// that the markup stays the same.
const LINKS = [
  { href: "/statements", label: "Statements" },
  { href: "/positions", label: "Positions" },
  { href: "/timeline", label: "Timeline" },
  { href: "/speakers", label: "Speakers" },
];

const HINT_CLASS =
  "inline-block shrink-0 rounded-full border-2 border-current border-t-transparent transition-opacity opacity-0 absolute top-1 right-1 h-2.5 w-2.5";

export function NavLinks({ pathname }: { pathname: string }) {
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap items-center gap-1 sm:gap-2">
        {LINKS.map((link) => {
          const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <a
                aria-current={active ? "page" : undefined}
                className={`relative block rounded-md px-3 py-2 text-sm font-medium sm:text-base ${
                  active ? "bg-white text-blue-900" : "text-blue-50 hover:bg-blue-800 hover:text-white"
                }`}
                href={link.href}
              >
                {link.label}
                <span aria-hidden="true" className={HINT_CLASS} />
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
