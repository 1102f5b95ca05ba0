import nodemailer from "nodemailer";
import webpush from "web-push";
import type { OutboxChannel } from "@/generated/prisma/enums";

// How an outbox message leaves the building. Each channel delivers one kind (the OutboxMessage
// `channel` column); SMS or push can be added as channels without touching the reminders.

export interface OutgoingMessage {
  id: string;
  channel: OutboxChannel;
  to: string;
  subject: string;
  body: string;
  /** Files the email carries (an invoice's PDF, ADR 061); other channels have none. */
  attachments?: readonly MessageAttachment[];
}

export interface MessageAttachment {
  filename: string;
  content: Uint8Array;
  contentType: string;
}

export interface Channel {
  kind: OutboxChannel;
  /**
   * Throws when the message could not be delivered (the error is stored on the row). A
   * `DeliveryError` says whether trying again later can help (the queue retries only those).
   */
  deliver(message: OutgoingMessage): Promise<void>;
}

/** A failed delivery: `retryable` for a provider's 5xx or a network failure, not for a 4xx. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    /** The push service dropped the subscription (404/410): the device is gone, nothing to retry or report. */
    readonly gone = false,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

const TIMEOUT_MS = 10_000;

async function post(url: string, init: { headers: Record<string, string>; body: string | Uint8Array<ArrayBuffer> }, what: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", headers: init.headers, body: init.body, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (e) {
    throw new DeliveryError(`${what}: ${e instanceof Error ? e.message : String(e)}`, true);
  }
  if (!res.ok) {
    const text = (await res.text().catch(() => "")).slice(0, 200);
    throw new DeliveryError(`${what}: HTTP ${res.status} ${text}`.trim(), res.status >= 500 || res.status === 429, res.status);
  }
  return res;
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
        const files = (m.attachments ?? []).map((a) => `\n[attachment ${a.filename}, ${a.contentType}, ${a.content.length} bytes]`).join("");
        log(`[outbox] email to ${m.to}: ${m.subject}\n${m.body}${files}`);
        return;
      }
      // One Message-ID per outbox row: should a crash make us send it again, mail systems
      // that deduplicate by Message-ID show it once.
      await transport.sendMail({
        from: opts.from,
        to: m.to,
        subject: m.subject,
        text: m.body,
        messageId: `<${m.id}@tasmatyo.outbox>`,
        attachments: m.attachments?.map((a) => ({ filename: a.filename, content: Buffer.from(a.content), contentType: a.contentType })),
      });
    },
  };
}

// ───────────── SMS ─────────────

export interface SmsProvider {
  send(to: string, text: string): Promise<void>;
}

/**
 * A gateway's REST API of the common shape (ADR 044): `POST $SMS_API_URL` with
 * `Authorization: Bearer $SMS_API_TOKEN` and a JSON body `{ "from", "to", "text" }`; any 2xx is
 * accepted. A 5xx, 429 or a network failure is retryable; another 4xx (a bad number) is not.
 */
export function httpSmsProvider(opts: { url: string; token: string; sender: string }): SmsProvider {
  return {
    async send(to, text) {
      await post(
        opts.url,
        { headers: { "content-type": "application/json", authorization: `Bearer ${opts.token}` }, body: JSON.stringify({ from: opts.sender, to, text }) },
        "SMS gateway",
      );
    },
  };
}

/** Development: the text goes to the server log. */
export function logSmsProvider(log: (line: string) => void = (line) => console.log(line)): SmsProvider {
  return {
    async send(to, text) {
      log(`[outbox] sms to ${to}: ${text}`);
    },
  };
}

/** SMS: the message body is the whole text (short, plain language, ends with the link). */
export function smsChannel(provider: SmsProvider): Channel {
  return {
    kind: "SMS",
    async deliver(m) {
      await provider.send(m.to, m.body);
    },
  };
}

// ───────────── Web Push ─────────────

export interface VapidConfig {
  subject: string;
  publicKey: string;
  privateKey: string;
}

/** What the service worker (public/sw.js) shows. */
export interface PushPayload {
  title: string;
  body: string;
  url: string;
}

/**
 * Web Push. The outbox row's `to` is the device's subscription as JSON ({ endpoint, keys });
 * `body` is the PushPayload as JSON. web-push encrypts the payload (aes128gcm) and signs the
 * VAPID header; the request itself goes out with fetch. A 404 or 410 means the browser dropped
 * the subscription: `onGone` removes it, and the message is not retried.
 */
export function pushChannel(opts: { vapid: VapidConfig; onGone?: (endpoint: string) => Promise<void> }): Channel {
  return {
    kind: "PUSH",
    async deliver(m) {
      const subscription = JSON.parse(m.to) as webpush.PushSubscription;
      const details = webpush.generateRequestDetails(subscription, m.body, {
        vapidDetails: opts.vapid,
        TTL: 24 * 60 * 60,
        contentEncoding: "aes128gcm",
      });
      try {
        await post(details.endpoint, { headers: details.headers as Record<string, string>, body: new Uint8Array(details.body) }, "push service");
      } catch (e) {
        if (e instanceof DeliveryError && (e.status === 404 || e.status === 410)) {
          await opts.onGone?.(subscription.endpoint);
          throw new DeliveryError(e.message, false, e.status, true);
        }
        throw e;
      }
    },
  };
}
