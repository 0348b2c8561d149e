"use server";

import type { ActionState } from "@/lib/actions";
import { withActor } from "@/lib/admin/action";
import { formObject } from "@/lib/forms/form-data";
import { deleteBanner, saveBanner, setCategoryBlocks, setHomeSlot } from "@/lib/home/admin";

export async function setHomeSlotAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return withActor(async (actor) => {
    await setHomeSlot(actor, formObject(formData));
    return { ok: true, message: "Đã cập nhật tin nổi bật." };
  });
}

export async function saveBannerAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return withActor(async (actor) => {
    await saveBanner(actor, formObject(formData));
    return { ok: true, message: "Đã lưu banner." };
  });
}

export async function deleteBannerAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return withActor(async (actor) => {
    await deleteBanner(actor, formObject(formData));
    return { ok: true, message: "Đã xoá banner." };
  });
}

export async function setCategoryBlocksAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return withActor(async (actor) => {
    await setCategoryBlocks(actor, formObject(formData));
    return { ok: true, message: "Đã lưu thứ tự các khối chuyên mục." };
  });
}
