import { describe, expect, it } from "vitest";
import { DEFAULT_COST, hashSecret, verifySecret } from "./password";

// The database tests make cheap hashes (tests/support/cheap-hashes.ts); this unit test runs
// without that setup and holds the production cost in place.
describe("password hashing", () => {
  it("uses the strong cost by default: scrypt with N = 2^15, r = 8, p = 1", async () => {
    expect(DEFAULT_COST).toEqual({ N: 2 ** 15, r: 8, p: 1 });
    expect(Object.isFrozen(DEFAULT_COST)).toBe(true);
    const stored = await hashSecret("oikea-salasana-1");
    expect(stored.split("$").slice(0, 4)).toEqual(["scrypt", "32768", "8", "1"]);
    expect(await verifySecret("oikea-salasana-1", stored)).toBe(true);
    expect(await verifySecret("väärä-salasana-1", stored)).toBe(false);
  });

  it("verifies a hash by the cost stored with it", async () => {
    const cheap = await hashSecret("1234", { N: 2 ** 10, r: 8, p: 1 });
    expect(cheap.startsWith("scrypt$1024$8$1$")).toBe(true);
    expect(await verifySecret("1234", cheap)).toBe(true);
  });
});
