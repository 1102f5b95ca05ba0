// After `next build`: no server secret, by name or by value, is in the browser's JavaScript
// (`<dist>/static/**/*.js`). `.ci/run` runs it with the environment the build had, so the values
// it looks for are the ones the build could have inlined. Exit 1 on a leak or a missing build.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { findLeaks, NOT_SECRET, SCRIPT_SECRETS, serverEnvKeys } from "../src/server/bundle-secrets";

async function jsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".js")).map((e) => path.join(e.parentPath, e.name));
}

async function main() {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const staticDir = path.resolve(dist, "static");
  const files = await jsFiles(staticDir).catch(() => []);
  if (files.length === 0) {
    console.error(`No client chunks under ${staticDir}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const names = [...serverEnvKeys(await readFile("src/env.ts", "utf8")).filter((k) => !NOT_SECRET.has(k)), ...SCRIPT_SECRETS];
  const secrets = names.map((name) => ({ name, value: process.env[name] || undefined }));
  const texts = await Promise.all(files.map(async (f) => ({ path: path.relative(process.cwd(), f), text: await readFile(f, "utf8") })));
  const leaks = findLeaks(texts, secrets);
  const withValues = secrets.filter((s) => s.value).map((s) => s.name);
  if (leaks.length) {
    for (const l of leaks) console.error(`${l.file}: ${l.what}`);
    console.error(`${leaks.length} secret(s) in the client bundle.`);
    process.exit(1);
  }
  console.log(
    `${files.length} client chunks hold none of ${names.length} secret names` +
      (withValues.length ? ` nor the values of ${withValues.join(", ")}.` : " (no values were set to look for)."),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
