"use server";

import { signInWithPassword, signOutEverywhere, signOutToHome, type SignInState } from "@/lib/people/sign-in";

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  return signInWithPassword(formData);
}

export async function signOutAction(): Promise<void> {
  await signOutToHome();
}

export async function signOutEverywhereAction(): Promise<void> {
  await signOutEverywhere();
}
