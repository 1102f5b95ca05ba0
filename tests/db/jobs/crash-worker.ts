// A worker process for tests/db/jobs/crash.test.ts: the app's job handlers on the server and
// schema the test names, killing itself (SIGKILL, no clean-up) at the hook CRASH_AT names.
import { emailChannel } from "../../../src/features/notifications/channels";
import { openPostgres } from "../../../src/server/db/connect";
import { bossQueue } from "../../../src/server/jobs/boss";
import { localQueue } from "../../../src/server/jobs/local";
import { registerJobs } from "../../../src/server/jobs/registry";

async function main() {
  const { CRASH_URL: url, CRASH_APP_SCHEMA: appSchema, CRASH_BOSS_SCHEMA: bossSchema, CRASH_SMTP_PORT: port, CRASH_AT: at, CRASH_KIND: kind } = process.env;
  const open = await openPostgres(url!, { schema: appSchema });
  const queue =
    kind === "local"
      ? localQueue(open.prisma, { pollMs: 200, lockSeconds: 2 })
      : await bossQueue({ db: open.prisma, url: url!, bossSchema: bossSchema!, appSchema, pollingIntervalSeconds: 0.5, schedule: false, maintenanceIntervalSeconds: 1 });
  const die = () => process.kill(process.pid, "SIGKILL");
  await registerJobs(
    queue,
    {
      db: open.prisma,
      channels: [emailChannel({ smtpUrl: `smtp://127.0.0.1:${port}` })],
      sendHooks: { beforeClaim: at === "beforeClaim" ? die : undefined, afterSent: at === "afterSent" ? die : undefined },
    },
    { schedules: false },
  );
  process.stdout.write("ready\n");
  process.once("SIGTERM", () => void queue.stop().then(() => open.close()).then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
