import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { SITE_NAME, siteBase } from "@/app/_shared/site";
import { NONCE_HEADER, PATH_HEADER } from "@/lib/requestHeaders";
import { REQUEST_ID_HEADER } from "@/server/errors";
import "./globals.css";

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteBase()),
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    description:
      "What NATO's leaders said about sending troops to Ukraine, peace negotiations and Ukraine joining NATO — every statement linked to the exact sentence in the report it came from.",
    openGraph: { siteName: SITE_NAME, type: "website", locale: "en_GB" },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#1e3a8a" },
    { media: "(prefers-color-scheme: dark)", color: "#020618" },
  ],
  colorScheme: "light dark",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page render per request: Next puts the request's CSP nonce
  // (src/proxy.ts) on its scripts only while rendering, so a prerendered page would have none.
  // The request id (src/server/http) is what the error page shows as its reference.
  const requestHeaders = await headers();
  const requestId = requestHeaders.get(REQUEST_ID_HEADER) ?? undefined;
  // The pages' only script (decision 0080), allowed by the request's CSP nonce (src/proxy.ts).
  const nonce = requestHeaders.get(NONCE_HEADER) ?? undefined;
  const pathname = requestHeaders.get(PATH_HEADER) ?? "/";
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans" data-request-id={requestId}>
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-white px-4 py-2 font-semibold text-blue-900 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <SiteHeader pathname={pathname} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
          {children}
        </main>
        <SiteFooter />
        <script src="/enhance.js" defer nonce={nonce} />
      </body>
    </html>
  );
}
