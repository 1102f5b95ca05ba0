// The job worker as its own process: `npm run worker` (ADR 008). Run it with JOBS_IN_PROCESS=0
// in the app, against the same PostgreSQL server (DATABASE_URL); several may run at once.
// On the embedded database the worker runs inside the app, which holds PGlite's files.
import { getQueue, startWorker } from "../src/server/jobs";

async function main() {
  if (!process.env.DATABASE_URL) {
    console.error("npm run worker needs DATABASE_URL: the embedded database runs its jobs in the app process.");
    process.exit(1);
  }
  await startWorker();
  console.log("[jobs] worker started");
  const stop = async () => {
    await (await getQueue()).stop();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
