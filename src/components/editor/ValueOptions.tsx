/** `<option>`s for a list of values shown as they are, with an optional empty choice first. */
export function ValueOptions({ values, empty }: { values: readonly string[]; empty?: string }) {
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {values.map((value) => (
        <option key={value} value={value}>
          {value}
        </option>
      ))}
    </>
  );
}
