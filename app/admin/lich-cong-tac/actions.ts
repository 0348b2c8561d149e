"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions";
import { withActor } from "@/lib/admin/action";
import { formObject } from "@/lib/forms/form-data";
import { saveScheduleEntry } from "@/lib/schedule/admin";

export async function saveScheduleEntryAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  let saved: { id: number } | null = null;
  const state = await withActor(async (actor) => {
    saved = await saveScheduleEntry(actor, formObject(formData));
    return { ok: true };
  });
  if (state?.ok && saved) redirect(`/admin/lich-cong-tac/${(saved as { id: number }).id}?da-luu=1`);
  return state;
}
