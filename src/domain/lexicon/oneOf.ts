/** Alternatives as one regex group: oneOf("said", "told") is "(?:said|told)". */
export const oneOf = (...forms: string[]) => `(?:${forms.join("|")})`;
