import { parseInput } from "@/lib/actions";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { INVALID_FORM } from "@/lib/forms/messages";
import { contentHash, guardPublicForm } from "@/lib/public-forms";
import { contactKey, DUPLICATE_WINDOW_MS, newTrackingCode, QUESTION_THROTTLE, submissionSchema } from "./rules";

export type Submitted = { code: string; duplicate: boolean };

export const DUPLICATE_MESSAGE = "Câu hỏi có nội dung giống hệt đã được gửi gần đây. Vui lòng xem câu hỏi đó ở mục Hỏi đáp hoặc gửi câu hỏi khác.";

/**
 * A reader's question, from /hoi-dap/gui-cau-hoi or POST /api/hoi-dap. Counted by the throttle before
 * anything is checked, then the honeypot, the fields and the time token (lib/public-forms), and
 * duplicates: the same text again from the same e-mail or phone (a retry after a lost answer) gets the
 * code it already has; from someone else it is refused. The question and its audit row are committed
 * before this returns, so the code the sender gets always names a stored question. Nothing public is
 * invalidated: a question is shown only once published.
 */
export async function submitQuestion(input: Record<string, unknown>, context: { address: string; now?: Date; minFillMs?: number }): Promise<Submitted> {
  const now = context.now ?? new Date();
  const data = await guardPublicForm(
    QUESTION_THROTTLE,
    input,
    { address: context.address, contact: contactKey(input) },
    () => parseInput(submissionSchema, input),
    { now, minFillMs: context.minFillMs },
  );
  const hash = contentHash([data.title, data.text]);
  return db.$transaction(async (tx) => {
    const topic = await tx.questionTopic.findUnique({ where: { id: data.topicId }, select: { id: true } });
    if (!topic) throw new ValidationError(INVALID_FORM, { topicId: ["Chủ đề này không còn, vui lòng chọn chủ đề khác"] });
    const earlier = await tx.question.findFirst({
      where: { contentHash: hash, createdAt: { gt: new Date(now.getTime() - DUPLICATE_WINDOW_MS) } },
      orderBy: { createdAt: "desc" },
      select: { code: true, email: true, phone: true },
    });
    if (earlier) {
      const sameSender = (data.email && earlier.email === data.email) || (data.phone && earlier.phone === data.phone);
      if (sameSender) return { code: earlier.code, duplicate: true };
      throw new ConflictError(DUPLICATE_MESSAGE);
    }
    for (let attempt = 0; ; attempt++) {
      const code = newTrackingCode();
      // 50 random bits: a collision is all but impossible, and is simply drawn again.
      if (await tx.question.findUnique({ where: { code }, select: { id: true } })) {
        if (attempt < 5) continue;
        throw new Error("Could not draw a free tracking code");
      }
      const question = await tx.question.create({
        data: {
          code,
          topicId: data.topicId,
          askerName: data.name,
          email: data.email || null,
          phone: data.phone || null,
          originalTitle: data.title,
          originalText: data.text,
          title: data.title,
          text: data.text,
          contentHash: hash,
          createdAt: now,
        },
        select: { id: true, code: true },
      });
      await recordAudit(tx, { actorId: null, action: "question.create", entity: "Question", entityId: question.id, details: { ip: context.address, code } });
      return { code: question.code, duplicate: false };
    }
  });
}
