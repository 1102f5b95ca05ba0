// `npm start`: Next.js in production mode behind a plain Node HTTP server whose only job is to
// tell the app who connected. Next.js itself keeps a client-sent X-Forwarded-For and drops the
// connection address, which would let anyone choose their own address for the throttles
// (ADR 051). This server overwrites `x-tasmatyo-peer` with the socket's address on every request.
//   -p / PORT (default 3000) · -H / HOSTNAME (default 0.0.0.0) · NEXT_DIST_DIR as for `next start`
import { createServer } from "node:http";
import next from "next";

const args = process.argv.slice(2);
const arg = (short, long) => {
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(arg("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = arg("-H", "--hostname") ?? process.env.HOSTNAME ?? "0.0.0.0";

// Read by src/server/client-ip.ts: the peer header is believed only when this server runs.
process.env.TASMATYO_PEER_HEADER = "1";
process.env.NODE_ENV ??= "production";

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  req.headers["x-tasmatyo-peer"] = req.socket.remoteAddress ?? "";
  handle(req, res);
}).listen(port, hostname, () => {
  console.log(`Täsmätyö listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});
