import { PEER_ADDRESS_ENV, PEER_ADDRESS_HEADER } from "./peer-address.cjs";

/**
 * The client's address: the one owner of how it is read (sign-in throttle, audit rows, view counting).
 *
 * Each reverse proxy appends the address it was reached from to X-Forwarded-For, so only the entries
 * written by our own proxies can be trusted: the rightmost TRUSTED_PROXY_HOPS of them. The entry that
 * many hops from the right is the client as the outermost trusted proxy saw it; anything to its left
 * was sent by the client and may be forged. With 0 hops (no proxy) X-Forwarded-For is ignored and the
 * direct peer is used: server.mjs reports it (peer-address.cjs); without it the fixed UNKNOWN_ADDRESS.
 * With fewer entries than hops, the leftmost is taken (the proxies are fewer than configured).
 */
export const UNKNOWN_ADDRESS = "unknown";
/**
 * No proxy unless configured: `npm start` serves clients directly, and a header nobody appends is the
 * client's own text (a made-up X-Forwarded-For would give every guess a fresh address). Behind nginx,
 * set TRUSTED_PROXY_HOPS=1.
 */
export const DEFAULT_PROXY_HOPS = 0;
const MAX_HOPS = 20;
const MAX_LENGTH = 64;

/** TRUSTED_PROXY_HOPS as a number of proxies; a malformed value throws (checked when the server starts). */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXY_HOPS?.trim();
  if (!raw) return DEFAULT_PROXY_HOPS;
  const hops = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(hops <= MAX_HOPS)) throw new Error(`TRUSTED_PROXY_HOPS must be the number of reverse proxies in front of the app (0–${MAX_HOPS}), not "${raw}"`);
  return hops;
}

export function clientAddress(headers: Headers, hops = trustedProxyHops()): string {
  if (hops === 0) return peerAddress(headers);
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!forwarded.length) return peerAddress(headers);
  return forwarded[Math.max(0, forwarded.length - hops)]!.slice(0, MAX_LENGTH);
}

function peerAddress(headers: Headers): string {
  const peer = process.env[PEER_ADDRESS_ENV] === "1" ? headers.get(PEER_ADDRESS_HEADER)?.trim() : undefined;
  return peer ? peer.slice(0, MAX_LENGTH) : UNKNOWN_ADDRESS;
}
