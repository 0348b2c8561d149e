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
    // focusout fires before focus lands elsewhere: look once it has.
    const restoreAfterFocusMove = () => setTimeout(restoreLeft, 0);
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
