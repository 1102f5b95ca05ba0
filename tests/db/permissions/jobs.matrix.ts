import { retryJob } from "../../../src/features/jobs/actions";
import { entry } from "../../support/matrix";

// Only admins see the job queue's dead letters and run them again (ADR 008).
let n = 0;

export const entries = [
  entry({
    name: "jobs.retry",
    call: retryJob,
    input: async (w) => {
      const dead = await w.db.jobDeadLetter.create({
        data: { queue: "notifications.send", jobId: `matrix-${Date.now()}-${n++}`, data: { messageId: "m" }, error: "mailbox full", attempts: 9, failedAt: new Date() },
      });
      return { deadLetterId: dead.id };
    },
    allowed: ["admin"],
  }),
];
