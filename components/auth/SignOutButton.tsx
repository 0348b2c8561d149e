import { signOutAction, signOutEverywhereAction } from "./actions";

/** Signs this device out (its session is ended on the server too) from any staff page. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="button">
        Đăng xuất
      </button>
    </form>
  );
}

/** Ends the user's sessions on every device (for the profile page). */
export function SignOutEverywhereButton() {
  return (
    <form action={signOutEverywhereAction}>
      <button type="submit" className="button">
        Đăng xuất khỏi mọi thiết bị
      </button>
    </form>
  );
}
