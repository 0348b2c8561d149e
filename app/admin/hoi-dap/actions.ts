"use server";

import { redirect } from "next/navigation";
import type { ModerationState } from "@/components/admin/QuestionModeration";
import type { ActionState } from "@/lib/actions";
import { withActor } from "@/lib/admin/action";
import { formObject } from "@/lib/forms/form-data";
import { moderateQuestion, saveQuestionTopic } from "@/lib/questions/admin";

export async function moderateQuestionAction(_: ModerationState, formData: FormData): Promise<ModerationState> {
  let saved: { id: number; status: string } | null = null;
  const state = await withActor(async (actor) => {
    saved = await moderateQuestion(actor, formObject(formData));
    return { ok: true };
  });
  if (state?.ok && saved) {
    const done = saved as { id: number; status: string };
    redirect(`/admin/hoi-dap/${done.id}?da-luu=${done.status.toLowerCase()}`);
  }
  return state && !state.ok ? state : null;
}

export async function saveTopicAction(_: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>> {
  return withActor(async (actor) => {
    const topic = await saveQuestionTopic(actor, formObject(formData));
    return { ok: true, message: `Đã lưu chủ đề "${topic.name}".` };
  });
}
