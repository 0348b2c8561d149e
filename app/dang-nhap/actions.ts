"use server";

import { signInWithPassword, signOutToHome, type SignInState } from "@/lib/people/sign-in";

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  return signInWithPassword(formData);
}

export async function signOutAction(): Promise<void> {
  await signOutToHome();
}
