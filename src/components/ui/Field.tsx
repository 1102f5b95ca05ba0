import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const control =
  "mt-1 block w-full min-h-11 rounded-lg border border-gray-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  /** already translated */
  error?: string;
  children?: ReactNode;
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Frame({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ id, label, hint, error, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <input id={id} name={props.name ?? id} aria-invalid={!!error} aria-describedby={describedBy(id, hint, error)} className={control} {...props} />
    </Frame>
  );
}

export function TextArea({ id, label, hint, error, ...props }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <textarea id={id} name={props.name ?? id} aria-invalid={!!error} aria-describedby={describedBy(id, hint, error)} className={control} rows={4} {...props} />
    </Frame>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  options,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <select id={id} name={props.name ?? id} aria-invalid={!!error} aria-describedby={describedBy(id, hint, error)} className={control} {...props}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
