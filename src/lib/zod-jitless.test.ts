import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jitlessZod } from "./zod-jitless";

describe("jitlessZod", () => {
  it("switches zod's own configuration to jitless, whether zod was loaded first or not", () => {
    const before = z.config().jitless;
    try {
      jitlessZod();
      expect(z.config().jitless).toBe(true);
    } finally {
      z.config({ jitless: before });
    }
  });

  it("creates the configuration object when zod has not been loaded yet", () => {
    const fresh: Record<string, unknown> = {};
    jitlessZod(fresh);
    expect(fresh).toEqual({ __zod_globalConfig: { jitless: true } });
  });
});
