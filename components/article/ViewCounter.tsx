"use client";

import { useEffect, useState } from "react";

/**
 * Counts the view with one small POST after the page is shown (the page itself stays cached) and
 * shows the count the server answers with.
 */
export function ViewCounter({ articleId, initial }: { articleId: number; initial: number }) {
  const [count, setCount] = useState(initial);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/luot-xem/${articleId}`, { method: "POST", signal: controller.signal, keepalive: true })
      .then((response) => (response.ok ? response.json() : null))
      .then((data: { views?: number } | null) => {
        if (typeof data?.views === "number") setCount(data.views);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [articleId]);
  return <span data-view-count>{count.toLocaleString("vi-VN")} lượt xem</span>;
}
