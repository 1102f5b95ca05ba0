import type { APIRequestContext } from "@playwright/test";
import { startLoopbackSmtp } from "../support/smtp";

// The browser tests read the app's emails the way a person gets them: the e2e server sends
// through SMTP_URL (playwright.config.ts), and this is the SMTP server at the other end.
// The outbox is delivered by the app's own job endpoint (POST /api/jobs/reminders).

export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3125);

export interface Mail {
  to: string;
  text: string;
}

/** Quoted-printable (what nodemailer writes for non-ASCII text) back to plain text. */
function decodeQuotedPrintable(s: string): string {
  const bytes = Buffer.from(s.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1");
  return bytes.toString("utf8");
}

export async function openMailbox(): Promise<{ mails: Mail[]; close: () => Promise<void> }> {
  const mails: Mail[] = [];
  // latin1: the bytes as they came, so the quoted-printable decoding below sees them unchanged
  const server = await startLoopbackSmtp((m) => mails.push({ to: m.to, text: decodeQuotedPrintable(m.data) }), { port: E2E_SMTP_PORT, encoding: "latin1" });
  return { mails, close: server.close };
}

/** Runs the app's outbox delivery once (the scheduled job), so that waiting mails are sent. */
export async function deliverOutbox(request: APIRequestContext) {
  const res = await request.post("/api/jobs/reminders", { headers: { authorization: `Bearer ${process.env.JOBS_SECRET ?? "e2e-jobs-secret"}` } });
  if (!res.ok()) throw new Error(`outbox job answered ${res.status()}`);
}

/** The path of the first link to `page` in a mail to `to`. */
export function linkIn(mails: Mail[], to: string, page: string): string {
  const mail = mails.find((m) => m.to === to && m.text.includes(`/${page}/`));
  if (!mail) throw new Error(`no ${page} mail to ${to} among ${mails.length}`);
  return new RegExp(`/${page}/[A-Za-z0-9_-]+`).exec(mail.text)![0];
}
