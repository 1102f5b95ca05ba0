import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// DEVELOPERS.md: only queries.ts / mutations.ts (and the database and seed code in src/server)
// touch Prisma. A model delegate (`tx.order`, `db.gig`, `ctx.db.client`) or a raw query
// (`$queryRaw`, `$executeRaw`) anywhere else fails the lint. `$transaction` is the action
// pipeline's, so it is not a Prisma call in this sense.
const prismaHandle = "/^(tx|db|prisma)$/";
const prismaMember = "/^([a-z][A-Za-z]*|\\$(queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe))$/";
const layering = {
  files: ["src/**/*.ts", "src/**/*.tsx"],
  ignores: ["src/**/queries.ts", "src/**/mutations.ts", "src/server/db/**", "src/server/seed/**", "src/generated/**"],
  rules: {
    "no-restricted-syntax": [
      "error",
      {
        selector: `MemberExpression[object.type='Identifier'][object.name=${prismaHandle}][property.name=${prismaMember}]`,
        message: "Prisma is touched only in a feature's queries.ts / mutations.ts (DEVELOPERS.md).",
      },
      {
        selector: `MemberExpression[object.type='MemberExpression'][object.property.name=/^(db|tx|prisma)$/][property.name=${prismaMember}]`,
        message: "Prisma is touched only in a feature's queries.ts / mutations.ts (DEVELOPERS.md).",
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  layering,
  {
    ignores: ["src/generated/**", ".next*/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
