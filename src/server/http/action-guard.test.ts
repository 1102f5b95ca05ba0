import { createRequire } from "node:module";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, guardActionBody, guardActionRequest, textProblem } from "./action-guard";

// React's own client encoder, as Next bundles it: what the browser sends when a form calls an action.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

const URL_ = "http://127.0.0.1:3300/order/vammaisten-tyokeskus/new";

function actionRequest(body: BodyInit, headers: Record<string, string> = {}) {
  return new NextRequest(URL_, {
    method: "POST",
    body,
    // a FormData body sets its own multipart content type with the boundary
    headers: { "next-action": "7fe5a37264bed2c980cbf0ad4c042606cb54bb247e", ...(body instanceof FormData ? {} : { "content-type": "text/plain;charset=UTF-8" }), ...headers },
  });
}

async function guard(req: NextRequest) {
  const early = guardActionRequest(req) ?? (await guardActionBody(req));
  return early && { status: early.status, body: (await early.json()) as unknown };
}

const invalid = { ok: false, error: "INVALID_INPUT" };

describe("guardActionRequest / guardActionBody", () => {
  it("let what React's client encodes through, text and multipart", async () => {
    const order = { title: "$ alussa", description: "Siivous\nja imurointi", note: undefined, when: new Date(0), big: 10n, list: [1, "$$", ""] };
    const text = await encodeReply([order]);
    expect(typeof text).toBe("string");
    expect(await guard(actionRequest(text as string))).toBeNull();
    const multipart = await encodeReply([{ tags: new Map([["a", 1]]), set: new Set(["x"]) }]);
    expect(multipart).toBeInstanceOf(FormData);
    expect(await guard(actionRequest(multipart as FormData))).toBeNull();
  });

  it("leave everything but server action posts alone", async () => {
    const page = new NextRequest(URL_, { method: "POST", body: "{broken", headers: { "content-type": "text/plain" } });
    expect(await guard(page)).toBeNull();
    expect(await guard(new NextRequest(URL_))).toBeNull();
  });

  it("answer 413 to a body over the limit, declared or counted", async () => {
    const big = JSON.stringify([{ description: "a".repeat(5 * 1024 * 1024) }]);
    expect(await guard(actionRequest(big, { "content-length": String(big.length) }))).toEqual({ status: 413, body: invalid });
    const streamed = new NextRequest(URL_, {
      method: "POST",
      body: new Blob([big]).stream(),
      headers: { "next-action": "7f00", "content-type": "text/plain" },
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]);
    expect(guardActionRequest(streamed)).toBeNull(); // no declared length
    expect(await guard(streamed)).toEqual({ status: 413, body: invalid });
    const justUnder = JSON.stringify(["a".repeat(ACTION_BODY_LIMIT_BYTES - 10)]);
    expect(await guard(actionRequest(justUnder))).toBeNull();
  });

  it("answer 400 to truncated JSON, broken UTF-8 and a malformed length", async () => {
    expect(await guard(actionRequest('[{"jobcenterId":"x","contr'))).toEqual({ status: 400, body: invalid });
    expect(await guard(actionRequest(new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d])))).toEqual({ status: 400, body: invalid });
    expect(await guard(actionRequest("[]", { "content-length": "abc" }))).toEqual({ status: 400, body: invalid });
  });

  it("answer 400 to React-protocol references the body does not have", async () => {
    for (const body of ['["$1"]', '["$F1"]', '"$F1"', '[{"orderId":"$Q2"}]', '[{"a":["$h0"]}]', '["$K1"]', '["$"]', '["$n12x"]', '["$Z"]']) {
      expect(await guard(actionRequest(body)), body).toEqual({ status: 400, body: invalid });
    }
    const form = new FormData();
    form.append("0", '[{"m":"$Q5"}]');
    expect(await guard(actionRequest(form))).toEqual({ status: 400, body: invalid });
    const noRoot = new FormData();
    noRoot.append("1", "[]");
    expect(await guard(actionRequest(noRoot))).toEqual({ status: 400, body: invalid });
    const badPart = new FormData();
    badPart.append("0", '["$@1"]');
    badPart.append("1", '{"trunc');
    expect(await guard(actionRequest(badPart))).toEqual({ status: 400, body: invalid });
  });

  it("answer 400 to nesting deeper than any form", () => {
    expect(textProblem(new TextEncoder().encode("[".repeat(100) + "]".repeat(100)))).toBe("too deep");
    expect(textProblem(new TextEncoder().encode("[".repeat(10) + "]".repeat(10)))).toBeNull();
  });
});
