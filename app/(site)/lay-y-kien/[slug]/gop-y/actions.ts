"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { CommentFormState } from "@/components/site/CommentForm";
import { receiptPath } from "@/lib/consultations/rules";
import { submitComment } from "@/lib/consultations/submit";
import { asDomainError, DomainError, ValidationError } from "@/lib/errors";
import { formObject } from "@/lib/forms/form-data";
import { clientAddress } from "@/lib/http/client-address";

const KEPT = ["name", "organisation", "email", "phone", "section", "text"] as const;

/** The comment form's server action, bound to its draft: a refusal comes back with what was typed; success is a 303 to the receipt. */
export async function sendCommentAction(slug: string, _: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const values = formObject(formData);
  let code: string;
  try {
    ({ code } = await submitComment(slug, values, { address: clientAddress(await headers()) }));
  } catch (caught) {
    const error = asDomainError(caught);
    if (!(error instanceof DomainError)) throw caught;
    const kept = Object.fromEntries(KEPT.map((key) => [key, typeof values[key] === "string" ? (values[key] as string) : ""]));
    return { message: error.message, fieldErrors: error instanceof ValidationError ? error.fieldErrors : {}, values: kept };
  }
  redirect(`${receiptPath(slug, code)}&moi=1`);
}
