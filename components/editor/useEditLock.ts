"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { heartbeatLock, releaseLock } from "./api";

export const HEARTBEAT_MS = 15_000;
const RETRY_MS = 3_000;

export type LockView = { state: "checking" | "mine" | "other"; holder?: string; lostAfterHolding?: boolean; unreachable?: boolean };

/**
 * Keeps the edit lock while the editor is open: a heartbeat every 15 s, released when the page
 * closes. When someone else holds it, says who, and lets the user take over.
 */
export function useEditLock(articleId: number | null, enabled: boolean) {
  const [lock, setLock] = useState<LockView>({ state: articleId && enabled ? "checking" : "mine" });
  const held = useRef(false);
  // Once taken over, it stays "taken over" at later heartbeats: the page stays editable, as the banner says.
  const lost = useRef(false);

  const beat = useCallback(
    async (takeOver = false) => {
      if (!articleId || !enabled) return true;
      const data = await heartbeatLock(articleId, takeOver);
      if (!data) {
        setLock((l) => (l.state === "checking" ? { state: "checking", unreachable: true } : l));
        return false;
      }
      if (data.held) {
        held.current = true;
        lost.current = false;
        setLock({ state: "mine" });
      } else {
        lost.current ||= held.current;
        held.current = false;
        setLock({ state: "other", holder: data.holder?.name, lostAfterHolding: lost.current });
      }
      return true;
    },
    [articleId, enabled],
  );

  useEffect(() => {
    if (!articleId || !enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    // A failed request (network) is retried soon rather than at the next heartbeat.
    const tick = async () => {
      const ok = await beat();
      if (!stopped) timer = setTimeout(() => void tick(), ok ? HEARTBEAT_MS : RETRY_MS);
    };
    void tick();
    const release = () => void releaseLock(articleId);
    window.addEventListener("pagehide", release);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener("pagehide", release);
      if (held.current) release();
    };
  }, [articleId, enabled, beat]);

  return { lock, takeOver: () => beat(true) };
}
