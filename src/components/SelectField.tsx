// A labelled <select> for the GET filter forms: one empty choice ("All speakers") and the options.

/** The filter form's field and label styles, shared with its other inputs. */
export const FIELD_CLASS = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm";
export const LABEL_CLASS = "block text-sm font-semibold text-slate-800 mb-1";

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField({
  id,
  name,
  label,
  value,
  emptyLabel,
  options,
  help,
  labelClassName = LABEL_CLASS,
  className = FIELD_CLASS,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  emptyLabel: string;
  options: SelectOption[];
  /** A line under the field, linked to it for screen readers. */
  help?: string;
  labelClassName?: string;
  className?: string;
}) {
  const helpId = help ? `${id}-help` : undefined;
  return (
    <div className="min-w-0 max-w-full">
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={`${className} max-w-full`} aria-describedby={helpId}>
        <option value="">{emptyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {help ? (
        <p id={helpId} className="mt-1 text-xs text-slate-600">
          {help}
        </p>
      ) : null}
    </div>
  );
}
