"use server";

import type { ActionState } from "@/lib/actions";
import { withActor } from "@/lib/admin/action";
import { formObject } from "@/lib/forms/form-data";
import { createStaffAccount, resetStaffPassword, updateStaffAccount } from "@/lib/people/staff";

export async function createStaffAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return withActor(async (actor) => {
    const account = await createStaffAccount(actor, formObject(formData));
    return {
      ok: true,
      message: `Đã tạo tài khoản ${account.email}.\nMật khẩu tạm (chỉ hiện một lần): ${account.password}\nNgười dùng phải đổi mật khẩu ở lần đăng nhập đầu.`,
    };
  });
}

export async function updateStaffAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return withActor(async (actor) => {
    await updateStaffAccount(actor, formObject(formData));
    return { ok: true, message: "Đã lưu. Thay đổi có hiệu lực ngay ở lần truy cập tiếp theo của người dùng." };
  });
}

export async function resetPasswordAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return withActor(async (actor) => {
    const account = await resetStaffPassword(actor, formObject(formData));
    return {
      ok: true,
      message: `Mật khẩu tạm mới của ${account.email} (chỉ hiện một lần): ${account.password}\nNgười dùng phải đổi mật khẩu khi đăng nhập.`,
    };
  });
}
