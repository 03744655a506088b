// A labelled <select> for the GET filter forms: one empty choice ("All speakers") and the options.

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
  labelClassName,
  className,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  emptyLabel: string;
  options: SelectOption[];
  /** A line under the field, linked to it for screen readers. */
  help?: string;
  labelClassName: string;
  className: string;
}) {
  const helpId = help ? `${id}-help` : undefined;
  return (
    <div>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={className} aria-describedby={helpId}>
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
