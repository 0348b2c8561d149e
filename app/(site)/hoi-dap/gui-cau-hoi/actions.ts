"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { QuestionFormState } from "@/components/site/QuestionForm";
import { asDomainError, DomainError, ValidationError } from "@/lib/errors";
import { formObject } from "@/lib/forms/form-data";
import { clientAddress } from "@/lib/http/client-address";
import { trackingPath } from "@/lib/questions/rules";
import { submitQuestion } from "@/lib/questions/submit";

const KEPT = ["name", "email", "phone", "topicId", "title", "text"] as const;

/** The form's server action: a refusal comes back to the form with what was typed; success is a 303 to the code's page. */
export async function sendQuestionAction(_: QuestionFormState, formData: FormData): Promise<QuestionFormState> {
  const values = formObject(formData);
  let code: string;
  try {
    ({ code } = await submitQuestion(values, { address: clientAddress(await headers()) }));
  } catch (caught) {
    const error = asDomainError(caught);
    if (!(error instanceof DomainError)) throw caught;
    const kept = Object.fromEntries(KEPT.map((key) => [key, typeof values[key] === "string" ? (values[key] as string) : ""]));
    return { message: error.message, fieldErrors: error instanceof ValidationError ? error.fieldErrors : {}, values: kept };
  }
  redirect(`${trackingPath(code)}?moi=1`);
}
