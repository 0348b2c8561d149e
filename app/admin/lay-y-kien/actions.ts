"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions";
import { withActor } from "@/lib/admin/action";
import { moderateComment, saveConsultation } from "@/lib/consultations/admin";
import { removeConsultationFile } from "@/lib/consultations/files";
import { formObject } from "@/lib/forms/form-data";

export async function saveConsultationAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  let saved: { id: number; published: boolean } | null = null;
  const state = await withActor(async (actor) => {
    saved = await saveConsultation(actor, formObject(formData));
    return { ok: true };
  });
  if (state?.ok && saved) {
    const done = saved as { id: number; published: boolean };
    redirect(`/admin/lay-y-kien/${done.id}?da-luu=${done.published ? "dang" : "nhap"}`);
  }
  return state;
}

export async function moderateCommentAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  let moved: { consultationId: number; status: string } | null = null;
  const state = await withActor(async (actor) => {
    moved = await moderateComment(actor, formObject(formData));
    return { ok: true };
  });
  if (state?.ok && moved) {
    const done = moved as { consultationId: number; status: string };
    redirect(`/admin/lay-y-kien/${done.consultationId}?gop-y=${done.status.toLowerCase()}#gop-y`);
  }
  return state;
}

export async function removeConsultationFileAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  let removed: { consultationId: number } | null = null;
  const state = await withActor(async (actor) => {
    removed = await removeConsultationFile(actor, Number(formData.get("fileId")));
    return { ok: true };
  });
  if (state?.ok && removed) redirect(`/admin/lay-y-kien/${(removed as { consultationId: number }).consultationId}#tep`);
  return state;
}
