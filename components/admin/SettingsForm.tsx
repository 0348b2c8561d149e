"use client";

import { useState } from "react";
import { updateSettingsAction } from "./settings-action";
import type { ActionState } from "@/lib/actions";
import { ActionForm } from "./ActionForm";

/**
 * Wraps the settings form so that after a successful save the next save carries the new version
 * (the page's server-rendered version would otherwise be stale and the second save refused).
 */
export function SettingsForm({ version, children }: { version: string; children: React.ReactNode }) {
  const [current, setCurrent] = useState(version);
  async function action(previous: ActionState<unknown>, formData: FormData) {
    const state = await updateSettingsAction(previous, formData);
    if (state?.ok && typeof state.data === "string") setCurrent(state.data);
    return state;
  }
  return (
    <ActionForm action={action} submitLabel="Lưu cài đặt" testId="settings-form">
      <input type="hidden" name="version" value={current} />
      {children}
    </ActionForm>
  );
}
