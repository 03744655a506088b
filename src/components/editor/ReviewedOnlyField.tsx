/** The filter forms' "reviewed by an editor only" checkbox (?reviewed=1). */
export function ReviewedOnlyField({ checked, id }: { checked: boolean; id: string }) {
  return (
    <label htmlFor={id} className="flex items-center gap-2 self-center text-sm font-semibold text-slate-800">
      <input id={id} type="checkbox" name="reviewed" value="1" defaultChecked={checked} className="h-4 w-4" />
      Reviewed by an editor only
    </label>
  );
}
