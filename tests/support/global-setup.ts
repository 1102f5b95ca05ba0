import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { buildWorldSnapshot, type WorldSnapshot } from "./world-snapshot";

// Starting PGlite from nothing takes seconds (initdb), and building the test world as many
// again; loading a snapshot takes about one. So the world is built once here, on a migrated
// PGlite, and each test file gets a copy of it (tests/support/db.ts). A PostgreSQL server
// (TEST_DATABASE_URL) needs none of this: each file migrates and builds its own schema.
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) return;
  const snapshot = await buildWorldSnapshot();
  project.provide("worldSnapshot", snapshot);
  return async () => {
    await rm(snapshot.file, { force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    worldSnapshot: WorldSnapshot;
  }
}
