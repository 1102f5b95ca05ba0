"use server";

import { defineAction } from "@/server/action";
import { ruleViolation } from "@/server/errors";
import { requestRetry } from "@/server/jobs/dead-letters";
import { loadDeadLetter } from "./queries";
import { retryJobSchema } from "./schema";

/** Runs a dead job again (ADR 008): the `jobs.retries` job enqueues it within a minute. */
export const retryJob = defineAction({
  name: "jobs.retry",
  input: retryJobSchema,
  permission: "jobs.manage",
  load: ({ tx, input }) => loadDeadLetter(tx, input.deadLetterId),
  run: async ({ tx, input, now, audit }) => {
    const result = await requestRetry(tx, input.deadLetterId, now);
    if (!result.ok) throw ruleViolation("JOB_ALREADY_RETRIED");
    await audit({ action: "job.retry", entityType: "JobDeadLetter", entityId: input.deadLetterId });
    return { retried: true };
  },
  revalidate: () => ["/admin/jobs"],
});
