"use client";

import { useTranslations } from "next-intl";
import { useState, type ClipboardEvent, type FormEvent, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

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

function describedBy(id: string, hint?: string, error?: string, extra?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean).join(" ") || undefined;
}

type LimitedControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * What a field with a maximum length says: how much fits (a counter once typed in), and that a
 * paste was cut, because the browser's `maxLength` cuts a too long paste silently.
 */
function useLengthLimit(maxLength: number | undefined) {
  const [length, setLength] = useState<number | null>(null);
  const [cut, setCut] = useState(false);
  function onInput(e: FormEvent<LimitedControl>) {
    setLength(e.currentTarget.value.length);
  }
  function onPaste(e: ClipboardEvent<LimitedControl>) {
    if (maxLength === undefined) return;
    const el = e.currentTarget;
    const selected = (el.selectionEnd ?? 0) - (el.selectionStart ?? 0);
    setCut(el.value.length - selected + e.clipboardData.getData("text").length > maxLength);
  }
  return { length, cut, onInput, onPaste };
}

function LengthNote({ id, maxLength, length, cut }: { id: string; maxLength: number; length: number | null; cut: boolean }) {
  const t = useTranslations("common.textLength");
  return (
    <p id={id} className={cut ? "mt-1 text-sm font-semibold text-danger" : "mt-1 text-sm text-muted"} aria-live="polite">
      {cut ? `${t("cut", { max: maxLength })} ` : null}
      {length === null ? t("limit", { max: maxLength }) : t("count", { count: length, max: maxLength })}
    </p>
  );
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

export function TextField({ id, label, hint, error, onPaste, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  // A one-line field shows no counter; it says only when a paste was cut to its maximum.
  const limit = useLengthLimit(props.maxLength);
  const noteId = limit.cut ? `${id}-length` : undefined;
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={props.name ?? id}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, hint, error, noteId)}
        className={control}
        {...props}
        onPaste={(e) => {
          limit.onPaste(e);
          onPaste?.(e);
        }}
      />
      {noteId ? <LengthNote id={noteId} maxLength={props.maxLength!} length={null} cut /> : null}
    </Frame>
  );
}

export function TextArea({ id, label, hint, error, onInput, onPaste, ...props }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const limit = useLengthLimit(props.maxLength);
  const noteId = props.maxLength === undefined ? undefined : `${id}-length`;
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={props.name ?? id}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, hint, error, noteId)}
        className={control}
        rows={4}
        {...props}
        onInput={(e) => {
          limit.onInput(e);
          onInput?.(e);
        }}
        onPaste={(e) => {
          limit.onPaste(e);
          onPaste?.(e);
        }}
      />
      {noteId ? <LengthNote id={noteId} maxLength={props.maxLength!} length={limit.length} cut={limit.cut} /> : null}
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
