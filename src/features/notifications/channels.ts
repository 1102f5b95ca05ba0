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
 * Email. Without SMTP_URL (development, demo) "delivering" writes the message to the server log.
 * Sending through an SMTP server needs an SMTP client library, which this project does not have
 * yet (ADR 043): with SMTP_URL set, delivery fails and the messages stay in the outbox.
 */
export function emailChannel(opts: { smtpUrl?: string; log?: (line: string) => void } = {}): Channel {
  const log = opts.log ?? ((line) => console.log(line));
  return {
    kind: "EMAIL",
    async deliver(m) {
      if (opts.smtpUrl) throw new Error("SMTP delivery is not implemented yet (ADR 043); the message stays in the outbox");
      log(`[outbox] email to ${m.to}: ${m.subject}\n${m.body}`);
    },
  };
}
