// Request headers the web server (src/server/http/webServer.ts) sets for the layout, which Next does not tell on
// its own (on statement permalinks the proxy, src/proxy.ts, sets them again). Both overwrite them on every request,
// so a client cannot choose their values.

/** The per-request CSP nonce for the page's own script. */
export const NONCE_HEADER = "x-nonce";
/** The path asked for (before any rewrite), for the navigation's current section. */
export const PATH_HEADER = "x-request-path";
