import nodemailer from "nodemailer";
import type { OutboxChannel } from "@/generated/prisma/enums";

// How an outbox message leaves the building. Each channel delivers one kind (the OutboxMessage
// `channel` column); SMS or push can be added as channels without touching the reminders.

export interface OutgoingMessage {
  id: string;
  channel: OutboxChannel;
  to: string;
  subject: string;
  body: string;
}

export interface Channel {
  kind: OutboxChannel;
  /** Throws when the message could not be delivered (the error is stored on the row). */
  deliver(message: OutgoingMessage): Promise<void>;
}

/**
 * Email. With SMTP_URL the message goes to that SMTP server (nodemailer); without it
 * (development, demo) "delivering" writes the message to the server log.
 */
export function emailChannel(opts: { smtpUrl?: string; from?: string; log?: (line: string) => void } = {}): Channel {
  const log = opts.log ?? ((line) => console.log(line));
  const transport = opts.smtpUrl ? nodemailer.createTransport(opts.smtpUrl) : null;
  return {
    kind: "EMAIL",
    async deliver(m) {
      if (!transport) {
        log(`[outbox] email to ${m.to}: ${m.subject}\n${m.body}`);
        return;
      }
      // One Message-ID per outbox row: should a crash make us send it again, mail systems
      // that deduplicate by Message-ID show it once.
      await transport.sendMail({ from: opts.from, to: m.to, subject: m.subject, text: m.body, messageId: `<${m.id}@tasmatyo.outbox>` });
    },
  };
}
