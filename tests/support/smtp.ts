import net from "node:net";

// One loopback SMTP server for the tests that check what the app really sends (the database
// tests' crash and attachment cases, the browser tests' mailbox). It accepts everything and
// hands each message's envelope recipient and its data (dot-unstuffed) to `onMail`.

export interface LoopbackSmtp {
  port: number;
  close(): Promise<void>;
}

export function startLoopbackSmtp(
  onMail: (mail: { to: string; data: string }) => void,
  options: { port?: number; encoding?: BufferEncoding } = {},
): Promise<LoopbackSmtp> {
  const server = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    let to = "";
    let data = "";
    socket.write("220 localhost ESMTP test\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString(options.encoding ?? "utf8");
      let i: number;
      while ((i = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            onMail({ to, data });
            to = "";
            data = "";
            socket.write("250 OK queued\r\n");
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
  return new Promise((resolve) =>
    server.listen(options.port ?? 0, "127.0.0.1", () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    ),
  );
}
