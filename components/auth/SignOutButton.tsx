import { signOutAction } from "@/app/dang-nhap/actions";

/** Signs the current user out (and retires their session version) from any staff page. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="button">
        Đăng xuất
      </button>
    </form>
  );
}
