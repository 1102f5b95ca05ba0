import type { NextRequest } from "next/server";

// Next.js decodes a server action's body (React's reply protocol) before the action runs, and
// answers 500 to everything that goes wrong there: a body over the size limit (its own 413 is
// caught and re-thrown as 500), truncated JSON, a reference such as "$1" or "$F1" to a part the
// body does not have ("Connection closed."). None of that reaches the action pipeline, so these
// guards answer it first, from the proxy: a 4xx with the pipeline's own error code.
// See docs/decisions/054-inputs-and-bad-bodies.md.

/**
 * The most a server action's body may hold: Next's default `experimental.serverActions.bodySizeLimit`
 * (1 MB), which next.config.ts leaves as it is. Change both together. The longest form (an order
 * with its registration) is a few tens of kilobytes.
 */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/** Deeper nesting than any form has is refused before React's decoder recurses into it. */
const MAX_DEPTH = 64;

type Refusal = "INVALID_INPUT";

function refuse(status: 400 | 411 | 413, error: Refusal = "INVALID_INPUT"): Response {
  return new Response(JSON.stringify({ ok: false, error }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

/** A fetch-style server action call: React's client sends the action id in `Next-Action`. */
export function isActionRequest(req: Pick<NextRequest, "method" | "headers">): boolean {
  return req.method === "POST" && req.headers.has("next-action");
}

/**
 * The header-only check, for the proxy to call first: a server action whose declared body is
 * over the limit gets 413, a malformed Content-Length 400. null: let the request through.
 */
export function guardActionRequest(req: NextRequest): Response | null {
  if (!isActionRequest(req)) return null;
  const length = req.headers.get("content-length");
  if (length === null) return null; // chunked: guardActionBody counts what arrives
  if (!/^\d{1,15}$/.test(length.trim())) return refuse(400);
  if (Number(length) > ACTION_BODY_LIMIT_BYTES) return refuse(413);
  return null;
}

/**
 * The body check, for the proxy to await after `guardActionRequest`: reads a copy of the body
 * (Next buffers it for the proxy, see `experimental.proxyClientMaxBodySize`) and refuses what
 * React's decoder would throw on: too long, not UTF-8, not JSON, too deep, or a reference to a
 * part the body does not have. null: the body decodes; the pipeline's schema takes it from there.
 */
export async function guardActionBody(req: NextRequest): Promise<Response | null> {
  if (!isActionRequest(req) || !req.body) return null;
  let bytes: ArrayBuffer;
  try {
    bytes = await req.clone().arrayBuffer();
  } catch {
    return refuse(400);
  }
  if (bytes.byteLength > ACTION_BODY_LIMIT_BYTES) return refuse(413);
  const contentType = req.headers.get("content-type") ?? "";
  const problem = contentType.toLowerCase().startsWith("multipart/form-data") ? await multipartProblem(bytes, contentType) : textProblem(bytes);
  return problem ? refuse(400) : null;
}

/** What is wrong with a body, or null. Exported for the tests. */
export function textProblem(bytes: ArrayBuffer | Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "not UTF-8";
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return "not JSON";
  // A text body is one part: any reference to another part can only fail.
  return modelProblem(parsed.value, () => false, 0);
}

async function multipartProblem(bytes: ArrayBuffer, contentType: string): Promise<string | null> {
  let form: FormData;
  try {
    form = await new Request("http://guard.invalid/", { method: "POST", headers: { "content-type": contentType }, body: bytes }).formData();
  } catch {
    return "not multipart";
  }
  const keys = new Set<string>();
  for (const key of form.keys()) keys.add(key);
  if (!keys.has("0")) return "no root part";
  const exists = (id: string, kind: string) =>
    kind === "K" ? [...keys].some((k) => k.startsWith(`_${id}_`)) : keys.has(String(parseInt(id, 16)));
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || !/^\d+$/.test(key)) continue; // files and FormData fields are data
    const parsed = parseJson(value);
    if (!parsed.ok) return `part ${key} not JSON`;
    const problem = modelProblem(parsed.value, exists, 0);
    if (problem) return problem;
  }
  return null;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

// React's reply protocol (react-server-dom-webpack's parseModelString): a string that starts
// with "$" is a value ("$$" an escaped "$", "$undefined", "$NaN", "$D<date>", "$n<bigint>", ...)
// or a reference to another part by hex id ("$1", "$@1" a promise, "$Q1" a Map, "$h1" a server
// reference, "$K1" form data, "$B1" a blob, typed arrays ...).
const VALUE_MARKERS = new Set(["$", "u", "I", "N", "-", "H", "D", "T"]);

function stringProblem(value: string, exists: (id: string, kind: string) => boolean): string | null {
  if (value[0] !== "$") return null;
  if (value.length === 1) return "unknown marker"; // React's client always sends "$" as "$$"
  const marker = value[1]!;
  if (VALUE_MARKERS.has(marker)) return null;
  if (marker === "n") return /^-?\d{1,300}$/.test(value.slice(2)) ? null : "bad bigint";
  // "$1f" is part 0x1f, "$Q1f" a Map in part 0x1f: either reading may be the decoder's
  const reference = /^\$([A-Za-z@]?)([0-9a-f]+)$/.exec(value);
  if (!reference) return "unknown marker";
  const found = exists(reference[2]!, reference[1]!) || (/^[0-9a-f]+$/.test(value.slice(1)) && exists(value.slice(1), ""));
  return found ? null : "reference to a missing part";
}

function modelProblem(value: unknown, exists: (id: string, kind: string) => boolean, depth: number): string | null {
  if (depth > MAX_DEPTH) return "too deep";
  if (typeof value === "string") return stringProblem(value, exists);
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = modelProblem(item, exists, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const item of Object.values(value)) {
      const problem = modelProblem(item, exists, depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}
