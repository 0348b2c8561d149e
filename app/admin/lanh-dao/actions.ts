"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions";
import { withActor } from "@/lib/admin/action";
import { formObject, formRows } from "@/lib/forms/form-data";
import { deleteOfficial, deleteOfficialGroup, saveOfficial, saveOfficialGroup } from "@/lib/officials/admin";

export async function saveOfficialAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  let saved: { id: number } | null = null;
  const state = await withActor(async (actor) => {
    const values = formObject(formData);
    saved = await saveOfficial(actor, { ...values, positions: formRows(values, "positions") });
    return { ok: true };
  });
  if (state?.ok && saved) redirect(`/admin/lanh-dao/${(saved as { id: number }).id}?da-luu=1`);
  return state;
}

export async function deleteOfficialAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  const state = await withActor(async (actor) => {
    await deleteOfficial(actor, formObject(formData));
    return { ok: true };
  });
  if (state?.ok) redirect("/admin/lanh-dao");
  return state;
}

export async function saveGroupAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return withActor(async (actor) => {
    const group = await saveOfficialGroup(actor, formObject(formData));
    return { ok: true, message: `Đã lưu nhóm "${group.name}".` };
  });
}

export async function deleteGroupAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return withActor(async (actor) => {
    await deleteOfficialGroup(actor, formObject(formData));
    return { ok: true, message: "Đã xoá nhóm; các lãnh đạo trong nhóm chuyển sang “Chưa xếp nhóm”." };
  });
}
