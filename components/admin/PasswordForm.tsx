import { changePasswordAction } from "./password-action";
import { MIN_PASSWORD_LENGTH } from "@/lib/people/accounts";
import { ActionForm } from "./ActionForm";
import { TextField } from "./Field";

export function PasswordForm() {
  return (
    <ActionForm action={changePasswordAction} submitLabel="Đổi mật khẩu" testId="password-form">
      <TextField label="Mật khẩu hiện tại" name="currentPassword" type="password" autoComplete="current-password" required />
      <TextField
        label="Mật khẩu mới"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`Ít nhất ${MIN_PASSWORD_LENGTH} ký tự, không trùng với email.`}
      />
      <TextField label="Nhập lại mật khẩu mới" name="confirmPassword" type="password" autoComplete="new-password" required />
    </ActionForm>
  );
}
