// The app's jobs (ADR 008) and their schedules (cron, Europe/Helsinki). Kept apart from the
// handlers so that the migration scripts can create a pg-boss queue for each name cheaply.

export const JOB = {
  /** Day-before reminders into the outbox (ADR 043); hourly, each gig once. */
  reminders: "notifications.reminders",
  /** Gives each waiting outbox message its send job; every minute. */
  outbox: "notifications.outbox",
  /** Sends one outbox message: data { messageId }, key `outbox:<id>`. */
  send: "notifications.send",
  /** Hours the orderer did not answer in time count as confirmed (ADR 035); idempotent per gig. */
  hoursConfirm: "hours.confirm",
  /** Enqueues the dead jobs staff asked to run again (/admin/jobs). */
  retries: "jobs.retries",
  /** Unit staff told of offers their client has not answered (ADR 046); hourly, each gig once. */
  unanswered: "notifications.unanswered",
  /** Unit staff told of gigs that ended without hours (ADR 046); hourly, each gig once. */
  checkout: "notifications.checkout",
  /** Throttle rows nobody hits again (ADR 050). */
  throttles: "throttles.sweep",
  /** The orderer's notice the day before the work (ADR 045); each order and day once. */
  ordererDayBefore: "notifications.ordererDayBefore",
  /** Coordinators hear of a gig nobody has confirmed two days before (ADR 045); each gig once. */
  unconfirmedGigs: "notifications.unconfirmedGigs",
  /** The 1st of the month: one `invoices.jobcenter` job per Jobcenter whose automatic run is on. */
  invoicesMonthly: "invoices.monthly",
  /** One Jobcenter's month: data { jobcenterId, month }, key `invoices:<jobcenterId>:<YYYY-MM>`. */
  invoicesJobcenter: "invoices.jobcenter",
} as const;

export const JOB_NAMES: readonly string[] = Object.values(JOB);

export const SCHEDULES: Readonly<Record<string, string>> = {
  [JOB.reminders]: "5 * * * *",
  [JOB.outbox]: "* * * * *",
  [JOB.hoursConfirm]: "20 * * * *",
  [JOB.retries]: "* * * * *",
  [JOB.throttles]: "17 3 * * *",
  // From noon on: a notice at midnight would come a day and a half early; later runs catch
  // gigs confirmed during the afternoon.
  [JOB.ordererDayBefore]: "10 12-23 * * *",
  [JOB.unconfirmedGigs]: "40 * * * *",
  [JOB.unanswered]: "35 * * * *",
  [JOB.checkout]: "45 * * * *",
  // 06:00 Helsinki on the 1st: the month has ended and the deemed confirmations (hourly) are in
  [JOB.invoicesMonthly]: "0 6 1 * *",
};

