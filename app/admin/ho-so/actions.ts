"use server";

import type { ActionState } from "@/lib/actions";
import { withActor } from "@/lib/admin/action";
import { formObject } from "@/lib/forms/form-data";
import { updateOwnProfile } from "@/lib/people/profile";

export async function updateProfileAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return withActor(async (actor) => {
    await updateOwnProfile(actor, formObject(formData));
    return { ok: true, message: "Đã lưu hồ sơ." };
  });
}
