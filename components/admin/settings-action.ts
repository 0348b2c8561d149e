"use server";

import type { ActionState } from "@/lib/actions";
import { withActor } from "@/lib/admin/action";
import { formObject } from "@/lib/forms/form-data";
import { settingsVersion, updateSiteSettings } from "@/lib/settings/update";

export async function updateSettingsAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return withActor(async (actor) => {
    await updateSiteSettings(actor, formObject(formData));
    return { ok: true, message: "Đã lưu cài đặt. Trang công khai hiển thị thông tin mới ngay.", data: await settingsVersion() };
  });
}
