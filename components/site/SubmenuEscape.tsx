"use client";

import { useEffect } from "react";

const OPEN_ITEM = "[data-submenu-item]";

/**
 * WCAG 2.1 1.4.13: a sub-menu that hover or keyboard focus opened (CSS only, SiteHeader.module.css)
 * closes with Escape, without the reader moving the pointer or the focus. It opens again once the
 * pointer and the focus have both left its item and one of them comes back.
 */
export function SubmenuEscape() {
  useEffect(() => {
    const dismiss = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      for (const item of document.querySelectorAll<HTMLElement>(`${OPEN_ITEM}:hover, ${OPEN_ITEM}:focus-within`)) item.dataset.dismissed = "";
    };
    const restoreLeft = () => {
      for (const item of document.querySelectorAll<HTMLElement>(`${OPEN_ITEM}[data-dismissed]`)) {
        if (!item.matches(":hover, :focus-within")) delete item.dataset.dismissed;
      }
    };
    // focusout fires before focus lands elsewhere; relatedTarget is where it goes (null: out of the page).
    // Deciding now, not on a timer, keeps a quick Shift+Tab, Tab from finding the item still dismissed.
    const restoreAfterFocusMove = (event: FocusEvent) => {
      const next = event.relatedTarget instanceof Node ? event.relatedTarget : null;
      for (const item of document.querySelectorAll<HTMLElement>(`${OPEN_ITEM}[data-dismissed]`)) {
        if (!(next && item.contains(next)) && !item.matches(":hover")) delete item.dataset.dismissed;
      }
    };
    document.addEventListener("keydown", dismiss);
    document.addEventListener("pointerout", restoreLeft);
    document.addEventListener("focusout", restoreAfterFocusMove);
    return () => {
      document.removeEventListener("keydown", dismiss);
      document.removeEventListener("pointerout", restoreLeft);
      document.removeEventListener("focusout", restoreAfterFocusMove);
    };
  }, []);
  return null;
}
