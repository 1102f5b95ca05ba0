// `npm run dev`: make sure the embedded database exists and has the demo data, then start
// Next.js in development mode. PGlite serves one process, so the seed runs in its own process
// and exits before `next dev` opens the database.
//   PORT (default 3000) · PGLITE_DATA_DIR (default ./data/pglite) · DATABASE_URL for a server
import { spawn, spawnSync } from "node:child_process";

const port = process.env.PORT || "3000";
const env = { ...process.env, NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}` };
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

console.log("Preparing the database (first start: migrations and demo data, under a minute)…");
// The seed prints the demo sign-ins whether or not it seeded.
const seed = spawnSync(npx, ["tsx", "scripts/seed.ts", "--if-empty"], { stdio: "inherit", env });
if (seed.status !== 0) {
  console.error("Seeding the database failed; see the messages above.");
  process.exit(seed.status ?? 1);
}

console.log(`\nTäsmätyö starts at http://localhost:${port}  (sign in at http://localhost:${port}/signin)\n`);
const next = spawn(npx, ["next", "dev", "-p", port, ...process.argv.slice(2)], { stdio: "inherit", env });
const stop = (signal) => () => next.kill(signal);
process.on("SIGINT", stop("SIGINT"));
process.on("SIGTERM", stop("SIGTERM"));
next.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
