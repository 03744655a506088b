/** A file that cannot be imported, with the reason in words a user can act on. */
export class ImportValidationError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
    this.name = "ImportValidationError";
  }
}
