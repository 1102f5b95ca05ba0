import { describe, expect, it } from "vitest";
import { z } from "zod";
import { registerAndOrderSchema, submitOrderSchema } from "@/features/orders/schema";
import { isCalendarDay } from "./dates";
import { day, fieldMaxLength, id, optionalText, password, requiredText } from "./schema";
import { fieldErrorsFrom } from "./validation";

const errorOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? null : fieldErrorsFrom(r.error)._form;
};

describe("text primitives", () => {
  it("refuse NUL and the other control characters, keep tabs and line breaks", () => {
    expect(errorOf(requiredText(100), "Siivous\u0000")).toBe("characters");
    expect(errorOf(optionalText(100), "a\u001bb")).toBe("characters");
    expect(errorOf(optionalText(100), "a\u007fb")).toBe("characters");
    expect(errorOf(optionalText(100), "a\u0085b")).toBe("characters");
    expect(errorOf(password(10), "salasana\u0000123")).toBe("characters");
    expect(errorOf(id, "abc\u0000")).toBe("invalid");
    expect(requiredText(100).parse("rivi 1\nrivi 2\tsarake")).toBe("rivi 1\nrivi 2\tsarake");
  });
  it("treat zero-width and other invisible-only text as empty", () => {
    expect(errorOf(requiredText(100), "\u200b\u200b\u200b")).toBe("required");
    expect(errorOf(requiredText(100), " \u200d\ufeff\u2060\u00ad\u3164\u2800 ")).toBe("required");
    expect(optionalText(100).parse("\u200b \u200b")).toBeNull();
    expect(optionalText(100).parse(undefined)).toBeNull();
  });
  it("trim invisible characters at the ends but keep them inside (emoji sequences)", () => {
    expect(requiredText(100).parse("\u200b Kela \ufeff")).toBe("Kela");
    const family = "👩\u200d👧";
    expect(requiredText(100).parse(family)).toBe(family);
  });
  it("store text in NFC and count the maximum after tidying", () => {
    expect(requiredText(10).parse("Ha\u0308me")).toBe("H\u00e4me");
    expect(errorOf(requiredText(5), "123456")).toBe("tooLong");
    expect(requiredText(5).parse("  12345  ")).toBe("12345");
  });
});

describe("day", () => {
  it("accepts real calendar days, leap days included", () => {
    expect(day.parse("2024-02-29")).toBe("2024-02-29");
    expect(day.parse("2026-12-31")).toBe("2026-12-31");
  });
  it("refuses impossible days instead of rolling them over", () => {
    for (const v of ["2024-02-30", "2025-02-29", "2024-13-45", "2024-04-31", "2024-00-10", "2024-01-00", "0000-01-01", "2024-1-1", "2024-01-01T00:00", ""]) {
      expect(errorOf(day, v), v).toBe("date");
      expect(isCalendarDay(v), v).toBe(false);
    }
  });
});

describe("fieldMaxLength", () => {
  it("reads the schema's maximum for the browser, through wrappers, objects and arrays", () => {
    expect(fieldMaxLength(submitOrderSchema, "description")).toBe(4000);
    expect(fieldMaxLength(submitOrderSchema, "streetAddress")).toBe(200);
    expect(fieldMaxLength(registerAndOrderSchema, "order.description")).toBe(4000);
    expect(fieldMaxLength(registerAndOrderSchema, "registration.contactName")).toBe(120);
    expect(fieldMaxLength(submitOrderSchema, "workerCount")).toBeUndefined();
    expect(fieldMaxLength(submitOrderSchema, "sessions.0.date")).toBeUndefined();
    expect(fieldMaxLength(submitOrderSchema, "nope")).toBeUndefined();
    expect(fieldMaxLength(optionalText(120), "")).toBe(120);
  });
});
