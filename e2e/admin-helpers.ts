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
