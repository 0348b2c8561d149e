"use client";

import { useRef, type Dispatch, type SetStateAction } from "react";
import { suggestOfficials } from "./api";
import type { Fields } from "./form-fields";

const SUGGEST_DELAY_MS = 1500;

/**
 * Ticks the officials the body names, a moment after the typing stops; never one the person
 * unticked (`dismiss`).
 */
export function useOfficialSuggestions(setFields: Dispatch<SetStateAction<Fields>>) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dismissed = useRef(new Set<number>());

  const suggest = (text: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const officialIds = await suggestOfficials(text);
      if (!officialIds) return;
      const fresh = officialIds.filter((id) => !dismissed.current.has(id));
      setFields((f) => (fresh.every((id) => f.officialIds.includes(id)) ? f : { ...f, officialIds: [...new Set([...f.officialIds, ...fresh])] }));
    }, SUGGEST_DELAY_MS);
  };

  return { suggest, dismiss: (id: number) => void dismissed.current.add(id) };
}
