import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layering rule of DEVELOPERS.md is kept by the lint (ADR 006). These cases prove that the
// rule bites where it should and stays quiet where Prisma belongs, so nobody loosens it by accident.
const eslint = new ESLint({ cwd: process.cwd() });
const layering = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-syntax").length;
};

const action = `
export async function run(tx: any, db: any, ctx: any) {
  await tx.order.update({ where: { id: "x" }, data: {} });
  await db.gig.findMany();
  await ctx.db.client.findUnique({ where: { id: "x" } });
  await tx.$queryRaw\`select 1\`;
}
`;

describe("the layering lint", () => {
  it("fails a Prisma call in an action, a page and a component", async () => {
    expect(await layering("src/features/orders/actions.ts", action)).toBe(4);
    expect(await layering("src/app/coordinator/page.tsx", action)).toBe(4);
    expect(await layering("src/features/orders/components/X.tsx", action)).toBe(4);
  }, 60_000);

  it("allows it in queries.ts, mutations.ts, the database module and the seed", async () => {
    for (const file of ["src/features/orders/queries.ts", "src/features/orders/mutations.ts", "src/server/db/index.ts", "src/server/seed/demo.ts"]) {
      expect(await layering(file, action)).toBe(0);
    }
  }, 60_000);

  it("lets an action pass the transaction on and run the pipeline's transaction", async () => {
    const ok = `export async function run(tx: any, db: any, save: (t: unknown) => Promise<void>) {
      await save(tx);
      await db.$transaction(async (t: unknown) => save(t));
    }`;
    expect(await layering("src/features/orders/actions.ts", ok)).toBe(0);
  }, 60_000);
});
