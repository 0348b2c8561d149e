"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions";
import { withActor } from "@/lib/admin/action";
import { formObject } from "@/lib/forms/form-data";
import { createCategory, deleteCategory, moveCategoryContents, reorderCategory, updateCategory } from "@/lib/categories/admin";
import { REORDER_FAILED } from "./notices";

export async function createCategoryAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return withActor(async (actor) => {
    const category = await createCategory(actor, formObject(formData));
    return { ok: true, message: `Đã tạo chuyên mục "${category.name}".` };
  });
}

export async function updateCategoryAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  const state = await withActor(async (actor) => {
    await updateCategory(actor, formObject(formData));
    return { ok: true };
  });
  if (state?.ok) redirect(`/admin/chuyen-muc?da-luu=${formData.get("id")}`);
  return state;
}

/** A plain form (the arrows work without JavaScript): a refusal comes back as a notice on the page. */
export async function reorderCategoryAction(formData: FormData): Promise<void> {
  const state = await withActor(async (actor) => {
    await reorderCategory(actor, formObject(formData));
    return { ok: true };
  });
  if (!state?.ok) redirect(`/admin/chuyen-muc?${REORDER_FAILED}=1`);
}

export async function deleteCategoryAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  const state = await withActor(async (actor) => {
    await deleteCategory(actor, formObject(formData));
    return { ok: true };
  });
  if (state?.ok) redirect("/admin/chuyen-muc?da-xoa=1");
  return state;
}

export async function moveCategoryContentsAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return withActor(async (actor) => {
    const moved = await moveCategoryContents(actor, formObject(formData));
    return { ok: true, message: `Đã chuyển ${moved.articles} bài viết và ${moved.children} chuyên mục con. Bây giờ có thể xoá chuyên mục.` };
  });
}
