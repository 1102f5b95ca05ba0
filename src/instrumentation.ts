// Next.js calls register() once when a server instance starts (ADR 008): the job worker runs
// in the app process unless JOBS_IN_PROCESS=0 (then `npm run worker` runs it). Only in the
// Node.js runtime: the queue needs the database driver, which the Edge runtime cannot load.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.JOBS_IN_PROCESS === "0") return;
  // `next build` loads the server too; a build must not open the database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWorker } = await import("./server/jobs");
  await startWorker().catch((error) => console.error("[jobs] the worker did not start:", error));
}
