import type { ConsultationCommentStatus } from "@/lib/db/generated/enums";
import { COMMENT_STATUSES } from "@/lib/consultations/rules";
import { formatDateTime } from "@/lib/text/date";
import type { ActionState } from "@/lib/actions";
import { ActionForm } from "./ActionForm";
import styles from "./Admin.module.css";

type Comment = {
  id: number;
  code: string;
  authorName: string;
  organisation: string | null;
  section: string | null;
  text: string;
  status: ConsultationCommentStatus;
  createdAt: Date;
  updatedAt: Date;
  moderatedAt: Date | null;
  moderatedBy: { displayName: string } | null;
  personal: { email: string | null; phone: string | null } | null;
};

const MOVES: Record<ConsultationCommentStatus, string> = { NEW: "Đưa về chờ duyệt", PUBLISHED: "Công khai", HIDDEN: "Không công khai" };

/** One comment in the staff queue, its sender's contacts when the viewer may see them, and the moves to the other states. */
export function CommentModeration({
  comment,
  moderate,
}: {
  comment: Comment;
  moderate: (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;
}) {
  return (
    <li className={styles.section} data-testid="staff-comment">
      <p>
        <strong>{comment.authorName}</strong>
        {comment.organisation ? ` (${comment.organisation})` : ""} · {formatDateTime(comment.createdAt)} · Mã {comment.code}
      </p>
      {comment.personal ? <p className={styles.muted}>Liên hệ: {[comment.personal.email, comment.personal.phone].filter(Boolean).join(" · ") || "—"}</p> : null}
      {comment.section ? <p>Góp ý: {comment.section}</p> : null}
      <p className={styles.plainText}>{comment.text}</p>
      {comment.moderatedBy && comment.moderatedAt ? (
        <p className={styles.muted}>
          Duyệt bởi {comment.moderatedBy.displayName} lúc {formatDateTime(comment.moderatedAt)}
        </p>
      ) : null}
      <div className={styles.actions}>
        {COMMENT_STATUSES.filter((s) => s !== comment.status).map((target) => (
          <ActionForm key={target} action={moderate} submitLabel={MOVES[target]} className={styles.inline}>
            <input type="hidden" name="id" value={comment.id} />
            <input type="hidden" name="expectedUpdatedAt" value={comment.updatedAt.toISOString()} />
            <input type="hidden" name="status" value={target} />
          </ActionForm>
        ))}
      </div>
    </li>
  );
}
