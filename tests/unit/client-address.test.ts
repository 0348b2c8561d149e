import { afterEach, describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops, UNKNOWN_ADDRESS } from "@/lib/http/client-address";
import { PEER_ADDRESS_ENV, PEER_ADDRESS_HEADER } from "@/lib/http/peer-address.cjs";

const forwardedFor = (value: string, extra: Record<string, string> = {}) => new Headers({ "x-forwarded-for": value, ...extra });

afterEach(() => {
  delete process.env[PEER_ADDRESS_ENV];
});

describe("the client's address behind reverse proxies", () => {
  it("takes the entry the trusted proxies wrote, not what the client put to its left", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the one proxy appended the address it saw.
    const headers = forwardedFor("6.6.6.6, 198.51.100.4");
    expect(clientAddress(headers, 1)).toBe("198.51.100.4");
    expect(clientAddress(forwardedFor("6.6.6.6, 198.51.100.4, 10.0.0.2"), 2)).toBe("198.51.100.4");
    expect(clientAddress(forwardedFor("198.51.100.4"), 1)).toBe("198.51.100.4");
  });

  it("with fewer entries than proxies, takes the leftmost", () => {
    expect(clientAddress(forwardedFor("198.51.100.4"), 3)).toBe("198.51.100.4");
    expect(clientAddress(forwardedFor(" 198.51.100.4 ,, 10.0.0.2 "), 1)).toBe("10.0.0.2");
  });

  it("ignores X-Real-IP, which a client can send as easily", () => {
    expect(clientAddress(forwardedFor("198.51.100.4", { "x-real-ip": "6.6.6.6" }), 1)).toBe("198.51.100.4");
  });

  it("with no proxy, ignores X-Forwarded-For and uses the peer server.mjs reports, else a fixed address", () => {
    const headers = forwardedFor("6.6.6.6", { [PEER_ADDRESS_HEADER]: "203.0.113.9" });
    expect(clientAddress(headers, 0)).toBe(UNKNOWN_ADDRESS);
    process.env[PEER_ADDRESS_ENV] = "1";
    expect(clientAddress(headers, 0)).toBe("203.0.113.9");
    expect(clientAddress(new Headers(), 1)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(new Headers({ [PEER_ADDRESS_HEADER]: "203.0.113.9" }), 1)).toBe("203.0.113.9");
  });

  it("keeps at most 64 characters of an entry", () => {
    expect(clientAddress(forwardedFor("a".repeat(500)), 1)).toHaveLength(64);
  });

  it("reads TRUSTED_PROXY_HOPS: no proxy by default, a malformed value refused", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: " 0 " })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    for (const bad of ["-1", "1.5", "một", "99"]) expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: bad })).toThrow(/TRUSTED_PROXY_HOPS/);
  });

  it("by default a made-up X-Forwarded-For changes nothing: each request is the socket's address", () => {
    process.env[PEER_ADDRESS_ENV] = "1";
    const from = (spoofed: string) => clientAddress(forwardedFor(spoofed, { [PEER_ADDRESS_HEADER]: "203.0.113.9" }));
    expect(from("10.185.2.1")).toBe("203.0.113.9");
    expect(from("10.185.2.2")).toBe("203.0.113.9");
  });

  it("reads the setting from the environment when not given", () => {
    process.env.TRUSTED_PROXY_HOPS = "2";
    try {
      expect(clientAddress(forwardedFor("6.6.6.6, 198.51.100.4, 10.0.0.2"))).toBe("198.51.100.4");
    } finally {
      delete process.env.TRUSTED_PROXY_HOPS;
    }
  });
});
