import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findLeaks, needles, NOT_SECRET, serverEnvKeys } from "./bundle-secrets";

describe("serverEnvKeys", () => {
  it("reads every server variable of src/env.ts, and no client one", () => {
    const keys = serverEnvKeys(readFileSync(path.join(import.meta.dirname, "..", "env.ts"), "utf8"));
    expect(keys).toEqual(expect.arrayContaining(["DATABASE_URL", "NEXTAUTH_SECRET", "SMTP_URL", "JOBS_SECRET"]));
    expect(keys).not.toContain("NEXT_PUBLIC_APP_ENV");
    expect(keys.filter((k) => !NOT_SECRET.has(k))).toEqual(["DATABASE_URL", "NEXTAUTH_SECRET", "SMTP_URL", "JOBS_SECRET", "SMS_API_TOKEN", "VAPID_PRIVATE_KEY"]);
  });
});

describe("findLeaks", () => {
  const secrets = [
    { name: "SMTP_URL", value: "smtp://mailer:s3cret-pass@smtp.example:587" },
    { name: "JOBS_SECRET", value: "short" },
    { name: "NEXTAUTH_SECRET" },
  ];

  it("finds a name, a value and the password inside a URL value", () => {
    const leaks = findLeaks(
      [
        { path: "a.js", text: 'var e=process.env.NEXTAUTH_SECRET;' },
        { path: "b.js", text: '"smtp://mailer:s3cret-pass@smtp.example:587"' },
        { path: "c.js", text: 'login("s3cret-pass")' },
      ],
      secrets,
    );
    expect(leaks).toEqual([
      { file: "a.js", what: "the name NEXTAUTH_SECRET" },
      { file: "b.js", what: "the value of SMTP_URL" },
      { file: "b.js", what: "the password in SMTP_URL" },
      { file: "c.js", what: "the password in SMTP_URL" },
    ]);
  });

  it("passes clean chunks and does not look for values too short to mean anything", () => {
    expect(findLeaks([{ path: "a.js", text: "short smtp.example" }], secrets)).toEqual([]);
    expect(needles(secrets).map((n) => n.what)).not.toContain("the value of JOBS_SECRET");
  });
});
