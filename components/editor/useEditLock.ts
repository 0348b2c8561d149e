"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export const HEARTBEAT_MS = 15_000;

export type LockView = { state: "checking" | "mine" | "other"; holder?: string; lostAfterHolding?: boolean };

/**
 * Keeps the edit lock while the editor is open: a heartbeat every 15 s, released when the page
 * closes. When someone else holds it, says who, and lets the user take over.
 */
export function useEditLock(articleId: number | null, enabled: boolean) {
  const [lock, setLock] = useState<LockView>({ state: articleId && enabled ? "checking" : "mine" });
  const held = useRef(false);

  const beat = useCallback(
    async (takeOver = false) => {
      if (!articleId || !enabled) return;
      const response = await fetch(`/api/articles/${articleId}/lock`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ takeOver }) }).catch(() => null);
      if (!response?.ok) return;
      const data = (await response.json()) as { held: boolean; holder?: { name: string } };
      if (data.held) {
        held.current = true;
        setLock({ state: "mine" });
      } else {
        setLock({ state: "other", holder: data.holder?.name, lostAfterHolding: held.current });
        held.current = false;
      }
    },
    [articleId, enabled],
  );

  useEffect(() => {
    if (!articleId || !enabled) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching from the server on mount; state is set when the answer arrives
    void beat();
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    const release = () => void fetch(`/api/articles/${articleId}/lock`, { method: "DELETE", keepalive: true });
    window.addEventListener("pagehide", release);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", release);
      if (held.current) release();
    };
  }, [articleId, enabled, beat]);

  return { lock, takeOver: () => beat(true) };
}
