import { env } from "@/env";
import type { Db } from "@/server/db";
import { emailChannel, httpSmsProvider, logSmsProvider, pushChannel, smsChannel, type Channel } from "./channels";
import { deleteGonePushSubscription } from "./mutations";

// The channels the app delivers through, from its configuration (ADR 044). The job queue calls
// each channel's `deliver(message)`; this is the one place that reads the channels' env.

export function configuredChannels(db: Db): Channel[] {
  const channels: Channel[] = [emailChannel({ smtpUrl: env.SMTP_URL, from: env.EMAIL_FROM })];
  if (env.SMS_PROVIDER === "http") {
    if (!env.SMS_API_URL || !env.SMS_API_TOKEN) throw new Error("SMS_PROVIDER=http needs SMS_API_URL and SMS_API_TOKEN");
    channels.push(smsChannel(httpSmsProvider({ url: env.SMS_API_URL, token: env.SMS_API_TOKEN, sender: env.SMS_SENDER })));
  } else channels.push(smsChannel(logSmsProvider()));
  if (env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY) {
    channels.push(
      pushChannel({
        vapid: { subject: env.VAPID_SUBJECT, publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY },
        onGone: (endpoint) => deleteGonePushSubscription(db, endpoint),
      }),
    );
  }
  return channels;
}

/** The browser needs the public key to subscribe; null when push is not configured. */
export function vapidPublicKey(): string | null {
  return env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY ? env.VAPID_PUBLIC_KEY : null;
}
