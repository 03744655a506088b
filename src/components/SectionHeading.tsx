import Link from "next/link";

/** A section's h2 with an optional link to the full view beside it ("All statements"). */
export function SectionHeading({ id, title, link }: { id: string; title: string; link?: { href: string; label: string } | null }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <h2 id={id} className="text-2xl font-bold text-slate-950">
        {title}
      </h2>
      {link ? (
        <Link href={link.href} className="text-sm text-blue-800 underline underline-offset-2">
          {link.label}
        </Link>
      ) : null}
    </div>
  );
}
