import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailChannel } from "./channels";

// A minimal SMTP server on the loopback address: enough of the protocol to receive one mail.
interface Received {
  from: string;
  to: string[];
  data: string;
}
const received: Received[] = [];
let server: net.Server;
let port = 0;

beforeAll(async () => {
  server = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    let current: Received = { from: "", to: [], data: "" };
    socket.write("220 localhost ESMTP test\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let i: number;
      while ((i = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            received.push(current);
            current = { from: "", to: [], data: "" };
            socket.write("250 OK queued\r\n");
          } else current.data += `${line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 localhost\r\n");
        else if (verb === "MAIL") {
          current.from = line;
          socket.write("250 OK\r\n");
        } else if (verb === "RCPT") {
          current.to.push(line);
          socket.write("250 OK\r\n");
        } else if (verb === "DATA") {
          inData = true;
          socket.write("354 go ahead\r\n");
        }
        else if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write("250 OK\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("email channel", () => {
  it("sends through the SMTP server named by SMTP_URL", async () => {
    const channel = emailChannel({ smtpUrl: `smtp://127.0.0.1:${port}`, from: "Täsmätyö <noreply@tasmatyo.test>" });
    await channel.deliver({ id: "m1", channel: "EMAIL", to: "maija@example.fi", subject: "Muistutus: keikka huomenna", body: "Hei Maija! Huomenna on keikka." });
    expect(received).toHaveLength(1);
    expect(received[0]!.from).toContain("noreply@tasmatyo.test");
    expect(received[0]!.to.join()).toContain("maija@example.fi");
    expect(received[0]!.data).toContain("Hei Maija! Huomenna on keikka.");
  });

  it("sends plain text only: no HTML part a phone's mail app could render differently", async () => {
    received.length = 0;
    await emailChannel({ smtpUrl: `smtp://127.0.0.1:${port}`, from: "noreply@tasmatyo.test" }).deliver({ id: "m4", channel: "EMAIL", to: "a@example.fi", subject: "Uusi keikka", body: "Hei! <b>ei</b> HTML:ää." });
    const data = received[0]!.data;
    expect(data).toMatch(/^Content-Type: text\/plain; charset=utf-8$/im);
    expect(data).not.toMatch(/text\/html/i);
    expect(data).not.toMatch(/multipart/i);
  });

  it("throws when the server cannot be reached, so the message stays in the outbox", async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const channel = emailChannel({ smtpUrl: `smtp://127.0.0.1:${closed}` });
    await expect(channel.deliver({ id: "m2", channel: "EMAIL", to: "a@example.fi", subject: "x", body: "y" })).rejects.toThrow();
  });

  it("writes to the log when no SMTP server is set", async () => {
    const lines: string[] = [];
    await emailChannel({ log: (l) => lines.push(l) }).deliver({ id: "m3", channel: "EMAIL", to: "a@example.fi", subject: "Hei", body: "Teksti" });
    expect(lines[0]).toContain("a@example.fi: Hei");
  });
});
