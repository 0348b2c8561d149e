import { expect, type Page } from "@playwright/test";
import { E2E_ADMIN } from "./fixtures";

export async function signIn(page: Page, email: string, password: string, path = "/admin") {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

export async function signInAsAdmin(page: Page, path = "/admin") {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password, path);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, "\\/")}$`));
}

/** Accepts the window.confirm() of destructive admin forms. */
export function acceptDialogs(page: Page) {
  page.on("dialog", (dialog) => void dialog.accept());
}

/** On /admin/nhan-su: creates an account and returns the one-time password shown. */
export async function createAccount(page: Page, email: string, name: string, role: string): Promise<string> {
  const form = page.getByTestId("create-staff");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Họ tên").fill(name);
  await form.getByLabel("Vai trò").selectOption({ label: role });
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  const status = form.getByRole("status");
  await expect(status).toContainText(`Đã tạo tài khoản ${email}`);
  return /Mật khẩu tạm \(chỉ hiện một lần\): (\S+)/.exec((await status.textContent()) ?? "")![1]!;
}

/** On the forced change page after a first sign-in or a reset. */
export async function changeForcedPassword(page: Page, current: string, next: string) {
  await expect(page).toHaveURL(/\/doi-mat-khau$/);
  await page.getByLabel("Mật khẩu hiện tại").fill(current);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(next);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(next);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page).toHaveURL(/\/admin\/ho-so\?doi-mat-khau=1$/);
}
