import type { InputHTMLAttributes } from "react";

/** A checkbox with its label as a 44 px touch target, an optional hint and a field error. */
export function CheckboxField({
  id,
  label,
  hint,
  error,
  ...props
}: { id: string; label: string; hint?: string; error?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id">) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="flex min-h-11 items-center gap-2 font-semibold">
        <input id={id} type="checkbox" className="h-5 w-5 shrink-0" aria-invalid={!!error} aria-describedby={describedBy} {...props} />
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
