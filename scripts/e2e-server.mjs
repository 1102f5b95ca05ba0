// Serves the production build for the browser tests: a fresh embedded database with the demo
// data, then `npm start`'s server (scripts/serve.mjs). NEXT_DIST_DIR picks the build folder (default .next).
// E2E_FIRST_DAY=1: no demo data; the database starts empty and only `npm run db:admin` runs
// (ADR 013). Its invitation link is left in first-admin-link.txt beside the data for the spec.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const port = process.env.E2E_PORT ?? "3100";
const dataDir = path.resolve("data", `e2e-${port}`, "pglite");
rmSync(path.dirname(dataDir), { recursive: true, force: true });

const env = {
  ...process.env,
  PGLITE_DATA_DIR: dataDir,
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-e2e-only-secret-e2e-only",
  JOBS_SECRET: process.env.JOBS_SECRET ?? "e2e-jobs-secret",
};
delete env.DATABASE_URL;

const tsx = path.resolve("node_modules", ".bin", "tsx");
if (process.env.E2E_FIRST_DAY === "1") {
  const admin = spawnSync(tsx, ["scripts/db-admin.ts", "--email", "admin@tyokeskus.example", "--name", "Aino Admin"], { env, encoding: "utf8" });
  process.stdout.write(admin.stdout ?? "");
  process.stderr.write(admin.stderr ?? "");
  const link = /(https?:\/\/\S+\/invite\/\S+)/.exec(admin.stdout ?? "")?.[1];
  if (admin.status !== 0 || !link) process.exit(admin.status || 1);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  writeFileSync(path.join(path.dirname(dataDir), "first-admin-link.txt"), link);
} else {
  const seeded = spawnSync(tsx, ["scripts/seed.ts"], { env, stdio: "inherit" });
  if (seeded.status !== 0) process.exit(seeded.status ?? 1);
}

// The same server as `npm start` (scripts/serve.mjs), so the browser tests run what production runs.
const server = spawn(process.execPath, ["scripts/serve.mjs", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
