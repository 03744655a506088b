"use client";
// A small spinner inside a <Link> while the navigation it started is pending. The pages
// have no loading.tsx on purpose (docs/decisions/0010-no-streaming-fallbacks.md), so
// this is the feedback during client-side navigation. Always rendered, toggled by
// opacity, so nothing shifts.
import { useLinkStatus } from "next/link";

/** `className` sets size and placement (default: a 12 px inline spinner). */
export function PendingHint({ className = "h-3 w-3" }: { className?: string }) {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden="true"
      className={`inline-block shrink-0 rounded-full border-2 border-current border-t-transparent transition-opacity ${
        pending ? "animate-spin opacity-100" : "opacity-0"
      } ${className}`}
    />
  );
}
