import { defineConfig } from "prisma/config";

// The CLI (migrate dev/diff/status) reads its connection here. The app itself never needs
// the CLI at run time: it applies committed migrations on its own (src/server/db/migrate.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/tasmatyo_dev",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
