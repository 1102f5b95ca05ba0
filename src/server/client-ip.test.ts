import { describe, expect, it } from "vitest";
import { addressFacts, clientIpFrom, PEER_HEADER, UNKNOWN_IP } from "./client-ip";

describe("clientIpFrom", () => {
  it("with 0 trusted hops takes the connection address and ignores a client-sent X-Forwarded-For", () => {
    const peer = "203.0.113.9";
    const seen = new Set(["1.1.1.1", "2.2.2.2, 3.3.3.3", "", "::1"].map((xff) => clientIpFrom({ forwardedFor: xff, peer }, 0)));
    expect([...seen]).toEqual([peer]);
  });

  it("with 1 trusted hop takes what the proxy appended, whatever the client put before it", () => {
    const viaProxy = (spoofed: string) => clientIpFrom({ forwardedFor: `${spoofed}, 198.51.100.4`, peer: "10.0.0.2" }, 1);
    expect(viaProxy("1.1.1.1")).toBe("198.51.100.4");
    expect(viaProxy("9.9.9.9, 8.8.8.8")).toBe("198.51.100.4");
    expect(clientIpFrom({ forwardedFor: "198.51.100.4", peer: "10.0.0.2" }, 1)).toBe("198.51.100.4");
  });

  it("with 2 trusted hops skips both proxies' entries", () => {
    expect(clientIpFrom({ forwardedFor: "6.6.6.6, 198.51.100.4, 10.0.0.1", peer: "10.0.0.2" }, 2)).toBe("198.51.100.4");
  });

  it("takes the leftmost entry when a request has fewer entries than trusted hops", () => {
    expect(clientIpFrom({ forwardedFor: null, peer: "203.0.113.9" }, 1)).toBe("203.0.113.9");
  });

  it("treats an IPv4-mapped IPv6 address as the IPv4 address", () => {
    expect(clientIpFrom({ peer: "::ffff:203.0.113.9" }, 0)).toBe("203.0.113.9");
  });

  it("without the peer header falls back to what Next.js filled in, behind proxies to their entries", () => {
    expect(clientIpFrom({ forwardedFor: "203.0.113.9" }, 0)).toBe("203.0.113.9");
    expect(clientIpFrom({ forwardedFor: "6.6.6.6, 198.51.100.4" }, 1)).toBe("198.51.100.4");
    expect(clientIpFrom({}, 0)).toBe(UNKNOWN_IP);
  });
});

describe("addressFacts", () => {
  it("reads Headers and next-auth's plain header records alike", () => {
    const h = new Headers({ "x-forwarded-for": "1.2.3.4", [PEER_HEADER]: "5.6.7.8" });
    expect(addressFacts(h)).toEqual({ forwardedFor: "1.2.3.4", peer: "5.6.7.8" });
    expect(addressFacts({ "x-forwarded-for": ["1.2.3.4", "9.9.9.9"] })).toEqual({ forwardedFor: "1.2.3.4, 9.9.9.9", peer: null });
  });
});
