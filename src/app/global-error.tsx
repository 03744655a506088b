"use client";
// Last resort when the root layout itself fails: its own document, no app styles.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", color: "#0f172a" }}>
        <h1>Something went wrong</h1>
        <p>The NATO Statement Tracker could not load. Please try again in a moment.</p>
        <button type="button" onClick={() => retry()} style={{ padding: "0.5rem 1rem", fontWeight: 600 }}>
          Try again
        </button>
      </body>
    </html>
  );
}
