// Text → statements. Pure: no I/O, no framework. The article is parsed once into a Document (./document.ts),
// then the stages of ./pipeline.ts run over it: quote candidates, reported speech, speakers, context
// (outlet, venue, date), classification (topics, stance).

import { hasLexicon, noLexiconNotice } from "../lexicon/languages";
import { readDoubledSingleMarks, unwrapHardWraps } from "../text";
import { parseDocument } from "./document";
import { runPipeline } from "./pipeline";
import type { ArticleContext, ExtractionResult } from "./types";

export function extractStatements(text: string, context: ArticleContext = {}): ExtractionResult {
  if (!hasLexicon(context.language)) return { statements: [], notice: noLexiconNotice(context.language!) };
  // The stages read hard-wrapped copy as the paragraphs it was printed as; offsets are the same, so each quote is
  // given back as the article prints it, line breaks and all.
  // Doubled single marks ("‘‘…’’") are read as the double marks they stand for, at the same offsets.
  return { statements: runPipeline(parseDocument(readDoubledSingleMarks(unwrapHardWraps(text)), context), text) };
}
