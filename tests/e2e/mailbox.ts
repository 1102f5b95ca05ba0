import net from "node:net";
import type { APIRequestContext } from "@playwright/test";

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
  const server = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    let to = "";
    let data = "";
    socket.write("220 localhost ESMTP e2e\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("latin1");
      let i: number;
      while ((i = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            mails.push({ to, text: decodeQuotedPrintable(data) });
            to = "";
            data = "";
            socket.write("250 OK\r\n");
          } else data += `${line.startsWith("..") ? line.slice(1) : line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 localhost\r\n");
        else if (verb === "RCPT") {
          to = /<([^>]+)>/.exec(line)?.[1] ?? line;
          socket.write("250 OK\r\n");
        } else if (verb === "DATA") {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write("250 OK\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(E2E_SMTP_PORT, "127.0.0.1", resolve));
  return { mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
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
