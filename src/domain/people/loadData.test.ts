import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { DATA_FILES_HOST, DataFileError, parseDataFile, type DataFilesHost } from "./loadData";

const schema = z.object({ people: z.array(z.object({ name: z.string().trim().min(1) }).strict()) }).passthrough();
const setHost = (host: DataFilesHost | undefined) => ((globalThis as { [DATA_FILES_HOST]?: DataFilesHost })[DATA_FILES_HOST] = host);

describe("parseDataFile", () => {
  afterEach(() => setHost(undefined));

  it("checks every load without a host, and names the entry of a problem", () => {
    expect(() => parseDataFile("people.json", schema, { people: [{ name: "Anna Example" }, { name: " " }] })).toThrow(DataFileError);
    expect(() => parseDataFile("people.json", schema, { people: [{ name: " " }] })).toThrow(/people\[0\] " ": name/);
  });

  it("tells the host whether every check returned the file's own data, keys in any order", () => {
    const host = setHost({ checkedBefore: false, unchanged: true })!;
    parseDataFile("people.json", schema, { $comment: "first", people: [{ name: "Anna Example" }] });
    expect(host.unchanged).toBe(true);
    parseDataFile("people.json", schema, { people: [{ name: "Anna Example " }] });
    expect(host.unchanged).toBe(false);
  });

  it("skips the check only when the host says this code and data passed before", () => {
    setHost({ checkedBefore: false, unchanged: true });
    expect(() => parseDataFile("people.json", schema, { people: [{ name: "" }] })).toThrow(DataFileError);
    setHost({ checkedBefore: true, unchanged: true });
    const data = { people: [{ name: "Anna Example" }] };
    expect(parseDataFile("people.json", schema, data)).toBe(data);
  });
});
