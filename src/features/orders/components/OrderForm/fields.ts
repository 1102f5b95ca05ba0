"use client";

import type { FieldValues, UseFormReturn } from "react-hook-form";

/**
 * What a section of the order form needs: the form, the path of an order field (the first-time
 * orderer's form nests the order under "order."), and the translated error of a field.
 */
export interface OrderFieldsApi {
  form: UseFormReturn<FieldValues>;
  path: (field: string) => string;
  error: (field: string) => string | undefined;
}

export function minutesOf(hours: string): number | undefined {
  const h = Number(hours.replace(",", ".").trim());
  if (!hours.trim() || !Number.isFinite(h)) return undefined;
  return Math.round(h * 60);
}

export function intOf(v: unknown): number | undefined {
  const s = String(v ?? "").trim();
  const n = Number(s);
  return s && Number.isInteger(n) ? n : undefined;
}

export function hoursText(minutes: unknown): string {
  return typeof minutes === "number" && minutes > 0 ? String(minutes / 60).replace(".", ",") : "";
}
