// `prisma generate` never runs the schema engine, but the CLI downloads one before any
// command unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file. Pointing it at a
// placeholder keeps `npm install` free of binary downloads on every machine.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ||= path.join(root, "scripts", "schema-engine-unavailable");
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const prismaBin = path.join(root, "node_modules", "prisma", "build", "index.js");
// `npm ci --dry-run` installs nothing but still runs this root postinstall: there is then no
// Prisma CLI to call and nothing to generate for, so it is not an error.
if (process.env.npm_config_dry_run === "true") {
  console.log("prisma generate skipped: dry run");
  process.exit(0);
}
if (!existsSync(prismaBin)) {
  console.error("prisma generate: node_modules/prisma is missing; install the dev dependencies too");
  process.exit(1);
}
const result = spawnSync(process.execPath, [prismaBin, "generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
