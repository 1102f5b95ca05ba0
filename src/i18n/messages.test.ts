import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ruleCodes, actionErrorCodes } from "@/server/errors";
import { validationKeys } from "@/lib/validation";
import { locales, namespaces } from "./config";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
function load(locale: string, ns: string): unknown {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, "messages", locale, `${ns}.json`), "utf8"));
}

describe("messages", () => {
  for (const ns of namespaces) {
    it(`${ns}: Swedish and English have every Finnish key, and no others`, () => {
      const fi = keys(load("fi", ns)).sort();
      for (const l of locales) expect(keys(load(l, ns)).sort(), `${l}/${ns}`).toEqual(fi);
    });
  }
  it("translate every error code, rule and validation key", () => {
    for (const l of locales) {
      const errors = load(l, "errors") as Record<string, unknown> & { rules: Record<string, string> };
      for (const c of actionErrorCodes) expect(errors[c], `${l} ${c}`).toBeTruthy();
      for (const r of ruleCodes) expect(errors.rules[r], `${l} rules.${r}`).toBeTruthy();
      const v = load(l, "validation") as Record<string, string>;
      for (const k of validationKeys) expect(v[k], `${l} validation.${k}`).toBeTruthy();
    }
  });
});
