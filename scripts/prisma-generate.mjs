// `prisma generate` never runs the schema engine, but the CLI downloads one before any
// command unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file. Pointing it at a
// placeholder keeps `npm install` free of binary downloads on every machine.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ||= path.join(root, "scripts", "schema-engine-unavailable");
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const prismaBin = path.join(root, "node_modules", "prisma", "build", "index.js");
const result = spawnSync(process.execPath, [prismaBin, "generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
