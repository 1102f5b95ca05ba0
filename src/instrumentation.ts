// Next.js calls register() once when a server instance starts (ADR 008): the job worker runs
// in the app process unless JOBS_IN_PROCESS=0 (then `npm run worker` runs it). Only in the
// Node.js runtime (the documented form, so the Edge bundle leaves the database driver out).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startInProcessWorker } = await import("./server/jobs/in-process");
    await startInProcessWorker();
  }
}
