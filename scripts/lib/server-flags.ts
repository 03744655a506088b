// How the web server process is started, by `npm start` and by `npm run bench:scale` alike:
// tsx as a loader in the server's own process, and a bounded heap (decision 0096): Next's server
// needs ~100 MB of live objects; a larger heap only lets garbage pile up before V8 collects it,
// which is what pushed the resident size past 400 MB under load.
export const SERVER_NODE_FLAGS = ["--import", "tsx", "--max-old-space-size=256"];
