// Request headers the proxy (src/proxy.ts) sets for the layout, which Next does not tell on its own.
// The proxy overwrites them on every request, so a client cannot choose their values.

/** The per-request CSP nonce for the page's own script. */
export const NONCE_HEADER = "x-nonce";
/** The path asked for (before any rewrite), for the navigation's current section. */
export const PATH_HEADER = "x-request-path";
