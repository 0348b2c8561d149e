"use server";

import { headers } from "next/headers";
import { runAction, type ActionState } from "@/lib/actions";
import { formObject } from "@/lib/forms/form-data";
import { clientAddress } from "@/lib/http/client-address";
import { changeOwnPassword } from "@/lib/people/profile";
import { getSessionUser } from "@/lib/people/session";
import { signInAgain } from "@/lib/people/sign-in";

/** Also used by the forced change after an admin reset, so it accepts a session that owes a change. */
export async function changePasswordAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  let email: string | null = null;
  const state = await runAction(async () => {
    ({ email } = await changeOwnPassword(await getSessionUser(), formObject(formData), clientAddress(await headers())));
    return { ok: true };
  });
  // The change ended every session of the account: this browser signs in again with the new password.
  if (state?.ok && email) await signInAgain(email, String(formData.get("newPassword")).normalize("NFC"), "/admin/ho-so?doi-mat-khau=1");
  return state;
}
