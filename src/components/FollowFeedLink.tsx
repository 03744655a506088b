/** "Follow (Atom)": a visible link to the feed the page also announces with <link rel="alternate">. */
export function FollowFeedLink({ href, label = "Follow (Atom)" }: { href: string; label?: string }) {
  return (
    <a
      href={href}
      type="application/atom+xml"
      className="inline-flex items-center gap-1.5 text-sm font-semibold text-blue-800 underline underline-offset-2"
      data-testid="follow-feed"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-current">
        <circle cx="3" cy="13" r="2" />
        <path d="M1 6.5a8.5 8.5 0 0 1 8.5 8.5h-2A6.5 6.5 0 0 0 1 8.5zM1 1.5A13.5 13.5 0 0 1 14.5 15h-2A11.5 11.5 0 0 0 1 3.5z" />
      </svg>
      {label}
    </a>
  );
}
