// A labelled <select> for the GET filter forms: one empty choice ("All speakers") and the options.

/** The filter form's field and label styles (globals.css), shared with its other inputs. */
export const FIELD_CLASS = "field";
export const LABEL_CLASS = "field-label";

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
