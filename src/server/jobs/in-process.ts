import { startWorker } from "./index";

/** The app process's worker (src/instrumentation.ts); a failure to start is logged, not fatal. */
export async function startInProcessWorker(): Promise<void> {
  if (process.env.JOBS_IN_PROCESS === "0") return;
  // `next build` loads the server too; a build must not open the database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  await startWorker().catch((error) => console.error("[jobs] the worker did not start:", error));
}
