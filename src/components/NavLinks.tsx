"use client";
// Needs the current path to mark the active section (aria-current).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { PendingHint } from "./PendingHint";

const LINKS = [
  { href: "/statements", label: "Statements" },
  { href: "/positions", label: "Positions" },
  { href: "/timeline", label: "Timeline" },
  { href: "/speakers", label: "Speakers" },
];

export function NavLinks() {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap items-center gap-1 sm:gap-2">
        {LINKS.map((link) => {
          const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={active ? "page" : undefined}
                className={`relative block rounded-md px-3 py-2 text-sm font-medium sm:text-base ${
                  active ? "bg-white text-blue-900" : "text-blue-50 hover:bg-blue-800 hover:text-white"
                }`}
              >
                {link.label}
                <PendingHint className="absolute top-1 right-1 h-2.5 w-2.5" />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
