import { parseInput } from "@/lib/actions";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { contentHash, guardPublicForm } from "@/lib/public-forms";
import { newReceiptCode } from "@/lib/public-forms/code";
import { contactKey } from "@/lib/public-forms/contact";
import { isSlug } from "@/lib/text/vietnamese";
import { CLOSED_MESSAGE, COMMENT_THROTTLE, commentSchema, DUPLICATE_WINDOW_MS, NOT_YET_OPEN_MESSAGE, phaseOf } from "./rules";

export type SentComment = { code: string; duplicate: boolean };

export const DUPLICATE_MESSAGE = "Góp ý có nội dung giống hệt đã được gửi cho dự thảo này. Vui lòng gửi góp ý khác.";
export const MISSING_DRAFT = "Không tìm thấy dự thảo này (có thể đã được gỡ xuống).";

/**
 * A reader's comment on a published draft, from its form or POST /api/lay-y-kien/<slug>. The public
 * form's protections run first (lib/public-forms: throttle, honeypot, fields, time token), then the
 * draft's dates: before it opens or from the moment it closes the comment is refused (409) whatever
 * the page said when it was shown. The same text again on the same draft from the same e-mail or
 * phone (a retry after a lost answer) gets the receipt it already has; from someone else it is
 * refused. The comment and its audit row are committed before this returns, so a receipt always
 * names a stored comment; nothing public is invalidated (comments are shown only once published).
 */
export async function submitComment(
  slug: string,
  input: Record<string, unknown>,
  context: { address: string; now?: Date; minFillMs?: number },
): Promise<SentComment> {
  const now = context.now ?? new Date();
  const data = await guardPublicForm(
    COMMENT_THROTTLE,
    input,
    { address: context.address, contact: contactKey(input) },
    () => parseInput(commentSchema, input),
    { now, minFillMs: context.minFillMs },
  );
  const hash = contentHash([data.text]);
  if (!isSlug(slug)) throw new NotFoundError(MISSING_DRAFT);
  return db.$transaction(async (tx) => {
    // Read in the transaction that writes: a draft closed or taken down meanwhile refuses the comment.
    const draft = await tx.consultation.findFirst({
      where: { slug, publishedAt: { not: null, lte: now } },
      select: { id: true, opensAt: true, closesAt: true },
    });
    if (!draft) throw new NotFoundError(MISSING_DRAFT);
    const phase = phaseOf(draft, now);
    if (phase !== "open") throw new ConflictError(phase === "closed" ? CLOSED_MESSAGE : NOT_YET_OPEN_MESSAGE);
    const earlier = await tx.consultationComment.findFirst({
      where: { consultationId: draft.id, contentHash: hash, createdAt: { gt: new Date(now.getTime() - DUPLICATE_WINDOW_MS) } },
      orderBy: { createdAt: "desc" },
      select: { code: true, email: true, phone: true },
    });
    if (earlier) {
      const sameSender = (data.email && earlier.email === data.email) || (data.phone && earlier.phone === data.phone);
      if (sameSender) return { code: earlier.code, duplicate: true };
      throw new ConflictError(DUPLICATE_MESSAGE);
    }
    const code = await freeCode((candidate) => tx.consultationComment.findUnique({ where: { code: candidate }, select: { id: true } }));
    const comment = await tx.consultationComment.create({
      data: {
        code,
        consultationId: draft.id,
        authorName: data.name,
        organisation: data.organisation || null,
        email: data.email || null,
        phone: data.phone || null,
        section: data.section || null,
        text: data.text,
        contentHash: hash,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: null,
      action: "consultation_comment.create",
      entity: "ConsultationComment",
      entityId: comment.id,
      details: { ip: context.address, code, consultationId: draft.id },
    });
    return { code, duplicate: false };
  });
}

/** 50 random bits: a collision is all but impossible, and is simply drawn again. */
async function freeCode(taken: (code: string) => Promise<unknown>): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newReceiptCode();
    if (!(await taken(code))) return code;
  }
  throw new Error("Could not draw a free receipt code");
}
