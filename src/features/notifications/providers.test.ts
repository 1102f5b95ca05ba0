import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import webpush from "web-push";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DeliveryError, httpSmsProvider, logSmsProvider, pushChannel, smsChannel } from "./channels";

// Loopback fakes of the SMS gateway's REST API and of a browser's push service: the channels
// talk real HTTP to them, and the tests read what arrived.

interface Hit {
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}
const hits: Hit[] = [];
let answer = 200;
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      hits.push({ url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) });
      res.statusCode = answer;
      res.end(answer >= 300 ? "nope" : "{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  hits.length = 0;
  answer = 200;
});

const msg = (to: string, body: string) => ({ id: "m1", channel: "SMS" as const, to, subject: "", body });

describe("SMS over the gateway's REST API", () => {
  const sms = () => smsChannel(httpSmsProvider({ url: `${base}/sms`, token: "test-token-123", sender: "Tasmatyo" }));

  it("posts the number and text as JSON with the bearer token", async () => {
    await sms().deliver(msg("+358401234567", "Sinulle on uusi keikka. Katso: https://t.example/x"));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.url).toBe("/sms");
    expect(hits[0]!.headers.authorization).toBe("Bearer test-token-123");
    expect(hits[0]!.headers["content-type"]).toContain("application/json");
    expect(JSON.parse(hits[0]!.body.toString("utf8"))).toEqual({ from: "Tasmatyo", to: "+358401234567", text: "Sinulle on uusi keikka. Katso: https://t.example/x" });
  });

  it("a 5xx is a retryable failure", async () => {
    answer = 503;
    const err = await sms().deliver(msg("+358401234567", "x")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).retryable).toBe(true);
    expect((err as DeliveryError).status).toBe(503);
  });

  it("a 4xx (a bad number) is not retried", async () => {
    answer = 400;
    const err = (await sms().deliver(msg("123", "x")).catch((e: unknown) => e)) as DeliveryError;
    expect(err.retryable).toBe(false);
  });

  it("any 2xx is success (a gateway that answers 202 Accepted)", async () => {
    answer = 202;
    await expect(sms().deliver(msg("+358401234567", "x"))).resolves.toBeUndefined();
    expect(hits).toHaveLength(1);
  });

  it("429 (too many requests) is retryable", async () => {
    answer = 429;
    const err = (await sms().deliver(msg("+358401234567", "x")).catch((e: unknown) => e)) as DeliveryError;
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err.retryable).toBe(true);
    expect(err.status).toBe(429);
  });

  it("a 401 (a wrong token) is not retried", async () => {
    answer = 401;
    const err = (await sms().deliver(msg("+358401234567", "x")).catch((e: unknown) => e)) as DeliveryError;
    expect(err.retryable).toBe(false);
    expect(err.gone).toBe(false);
  });

  it("a gateway that cannot be reached is retryable", async () => {
    const channel = smsChannel(httpSmsProvider({ url: "http://127.0.0.1:1/sms", token: "t", sender: "s" }));
    const err = (await channel.deliver(msg("+358401234567", "x")).catch((e: unknown) => e)) as DeliveryError;
    expect(err.retryable).toBe(true);
  });

  it("the log provider writes the text to the log", async () => {
    const lines: string[] = [];
    await smsChannel(logSmsProvider((l) => lines.push(l))).deliver(msg("+358401234567", "Hei"));
    expect(lines).toEqual(["[outbox] sms to +358401234567: Hei"]);
  });
});

/** RFC 8291 on the receiving side: what the browser does with an aes128gcm push message. */
function decrypt(body: Buffer, ua: crypto.ECDH, authSecret: Buffer): string {
  const salt = body.subarray(0, 16);
  const idlen = body[20]!;
  const asPublic = body.subarray(21, 21 + idlen);
  const cipher = body.subarray(21 + idlen);
  const shared = ua.computeSecret(asPublic);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), ua.getPublicKey(), asPublic]);
  const ikm = Buffer.from(crypto.hkdfSync("sha256", shared, authSecret, keyInfo, 32));
  const cek = Buffer.from(crypto.hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const nonce = Buffer.from(crypto.hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
  const decipher = crypto.createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(cipher.subarray(cipher.length - 16));
  const plain = Buffer.concat([decipher.update(cipher.subarray(0, cipher.length - 16)), decipher.final()]);
  return plain.subarray(0, plain.lastIndexOf(2)).toString("utf8");
}

describe("Web Push to the browser's push service", () => {
  const vapid = { subject: "mailto:tuki@tasmatyo.test", ...webpush.generateVAPIDKeys() };
  const ua = crypto.createECDH("prime256v1");
  ua.generateKeys();
  const authSecret = crypto.randomBytes(16);
  const subscription = () => ({ endpoint: `${base}/push/device-1`, keys: { p256dh: ua.getPublicKey().toString("base64url"), auth: authSecret.toString("base64url") } });
  const payload = JSON.stringify({ title: "Uusi keikka", body: "Sinulle on uusi keikka.", url: "/client" });

  it("posts the encrypted payload to the endpoint with the VAPID Authorization header", async () => {
    await pushChannel({ vapid }).deliver({ id: "p1", channel: "PUSH", to: JSON.stringify(subscription()), subject: "", body: payload });
    expect(hits).toHaveLength(1);
    const hit = hits[0]!;
    expect(hit.url).toBe("/push/device-1");
    expect(hit.headers["content-encoding"]).toBe("aes128gcm");
    expect(hit.headers.ttl).toBe(String(24 * 60 * 60));
    const auth = hit.headers.authorization ?? "";
    expect(auth).toMatch(/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]+$/);
    expect(auth.split("k=")[1]).toBe(vapid.publicKey);
    const jwt = JSON.parse(Buffer.from(auth.slice("vapid t=".length).split(".")[1]!, "base64url").toString("utf8")) as { aud: string; sub: string };
    expect(jwt.aud).toBe(base);
    expect(jwt.sub).toBe(vapid.subject);
    expect(hit.body.toString("utf8")).not.toContain("Uusi keikka");
    expect(decrypt(hit.body, ua, authSecret)).toBe(payload);
  });

  it("a 410 removes the subscription and is not retried", async () => {
    answer = 410;
    const gone: string[] = [];
    const channel = pushChannel({ vapid, onGone: async (e) => void gone.push(e) });
    const err = (await channel.deliver({ id: "p2", channel: "PUSH", to: JSON.stringify(subscription()), subject: "", body: payload }).catch((e: unknown) => e)) as DeliveryError;
    expect(err.retryable).toBe(false);
    expect(gone).toEqual([`${base}/push/device-1`]);
  });

  it("a 404 also removes the subscription, and marks the failure as a gone device", async () => {
    answer = 404;
    const gone: string[] = [];
    const channel = pushChannel({ vapid, onGone: async (e) => void gone.push(e) });
    const err = (await channel.deliver({ id: "p4", channel: "PUSH", to: JSON.stringify(subscription()), subject: "", body: payload }).catch((e: unknown) => e)) as DeliveryError;
    expect(err).toMatchObject({ retryable: false, gone: true, status: 404 });
    expect(gone).toEqual([`${base}/push/device-1`]);
  });

  it("another 4xx (a refused payload) is not retried and keeps the subscription", async () => {
    answer = 413;
    const gone: string[] = [];
    const channel = pushChannel({ vapid, onGone: async (e) => void gone.push(e) });
    const err = (await channel.deliver({ id: "p5", channel: "PUSH", to: JSON.stringify(subscription()), subject: "", body: payload }).catch((e: unknown) => e)) as DeliveryError;
    expect(err).toMatchObject({ retryable: false, gone: false, status: 413 });
    expect(gone).toEqual([]);
  });

  it("429 from the push service is retryable", async () => {
    answer = 429;
    const err = (await pushChannel({ vapid }).deliver({ id: "p6", channel: "PUSH", to: JSON.stringify(subscription()), subject: "", body: payload }).catch((e: unknown) => e)) as DeliveryError;
    expect(err.retryable).toBe(true);
  });

  it("a 5xx from the push service is retryable", async () => {
    answer = 502;
    const err = (await pushChannel({ vapid }).deliver({ id: "p3", channel: "PUSH", to: JSON.stringify(subscription()), subject: "", body: payload }).catch((e: unknown) => e)) as DeliveryError;
    expect(err.retryable).toBe(true);
  });
});
