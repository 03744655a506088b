// Why a file was not imported: one machine-readable code per validation rule
// (README, "Importing your own articles") and a reason in words a user can act on.
import type { ArticleProblemCode } from "@/domain/article/problems";
import type { MetadataProblemCode } from "@/domain/article/metadataRules";

export type ImportErrorCode =
  | ArticleProblemCode
  | MetadataProblemCode
  // the file itself
  | "FILE_MISSING"
  | "FILE_UNREADABLE"
  | "NOT_REGULAR_FILE"
  | "SYMLINK_OUTSIDE_FOLDER"
  | "TOO_LARGE"
  | "NO_ARTICLE_FILES"
  // its metadata
  | "METADATA_MISSING"
  | "METADATA_INVALID"
  | "MANIFEST_INVALID_JSON"
  | "MANIFEST_INVALID"
  | "MANIFEST_ENTRY_OUTSIDE_FOLDER"
  | "MANIFEST_ENTRY_NOT_TXT"
  | "MANIFEST_ENTRY_MISSING_FILE"
  | "MANIFEST_DUPLICATE_ENTRY"
  // extraction and writing
  | "EXTRACTION_TIMEOUT"
  | "EXTRACTION_FAILED"
  | "NO_STATEMENTS"
  | "DATABASE_ERROR";

/** A file that cannot be imported, with the rule it breaks and the reason. */
export class ImportValidationError extends Error {
  constructor(
    readonly file: string,
    readonly code: ImportErrorCode,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "ImportValidationError";
  }
}
