// How the web server process is started, by `npm start` and by `npm run bench:scale` alike:
// tsx as a loader in the server's own process, and a bounded heap (decision 0096): Next's server
// needs ~100 MB of live objects; a larger heap only lets garbage pile up before V8 collects it,
// which is what pushed the resident size past 400 MB under load. The young generation is bounded
// too (decision 0305): V8 grew it to 32 MB under load, all resident when a run ends; at 16 MB the
// requests cost the same CPU and the resident size after a load is ~35 MB lower.
export const SERVER_NODE_FLAGS = ["--import", "tsx", "--max-old-space-size=256", "--max-semi-space-size=8"];
