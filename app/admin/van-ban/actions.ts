"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions";
import { withActor } from "@/lib/admin/action";
import { addRelation, removeRelation, saveDocument } from "@/lib/documents/admin";
import { removeDocumentFile } from "@/lib/documents/files";
import { saveListItem, type DocumentList } from "@/lib/documents/lists";
import { formObject } from "@/lib/forms/form-data";

export async function saveDocumentAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  let saved: { id: number; published: boolean } | null = null;
  const state = await withActor(async (actor) => {
    saved = await saveDocument(actor, formObject(formData));
    return { ok: true };
  });
  if (state?.ok && saved) {
    const done = saved as { id: number; published: boolean };
    redirect(`/admin/van-ban/${done.id}?da-luu=${done.published ? "dang" : "nhap"}`);
  }
  return state;
}

export async function addRelationAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  const values = formObject(formData);
  const state = await withActor(async (actor) => {
    await addRelation(actor, values);
    return { ok: true };
  });
  if (state?.ok) redirect(`/admin/van-ban/${String(values.documentId)}#quan-he`);
  return state;
}

export async function removeRelationAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  const values = formObject(formData);
  const state = await withActor(async (actor) => {
    await removeRelation(actor, { relationId: values.relationId, documentId: values.documentId, expectedUpdatedAt: values.expectedUpdatedAt });
    return { ok: true };
  });
  if (state?.ok) redirect(`/admin/van-ban/${String(values.documentId)}#quan-he`);
  return state;
}

export async function removeDocumentFileAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  let removed: { documentId: number } | null = null;
  const state = await withActor(async (actor) => {
    removed = await removeDocumentFile(actor, Number(formData.get("fileId")));
    return { ok: true };
  });
  if (state?.ok && removed) redirect(`/admin/van-ban/${(removed as { documentId: number }).documentId}#tep`);
  return state;
}

export async function saveListItemAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  const list: DocumentList = formData.get("list") === "body" ? "body" : "type";
  return withActor(async (actor) => {
    const item = await saveListItem(actor, list, formObject(formData));
    return { ok: true, message: `Đã lưu “${item.name}”.` };
  });
}
