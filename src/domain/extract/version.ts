// The version of the extraction rules. Raise it with any change that alters what extraction returns
// (rules, lexicons, people or outlet data): articles stored with an older version are re-extracted by
// `npm run reextract` and by `npm start`, keeping every permalink (decision 0041).
export const EXTRACTOR_VERSION = "2026-12-04.13";
