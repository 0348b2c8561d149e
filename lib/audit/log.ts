import type { Prisma, Tx } from "@/lib/db";
import type { AuditAction } from "./labels";

export type AuditEntry = {
  /** null for anonymous or system actions (failed sign-ins, the scheduler). */
  actorId: number | null;
  /** Dotted verb, e.g. "article.publish", "auth.sign_in_failed": one of those labelled in labels.ts. */
  action: AuditAction;
  entity: string;
  entityId?: string | number | null;
  details?: Prisma.InputJsonValue;
};

/** Writes one audit row inside the caller's transaction, so the log and the change commit together. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      details: entry.details,
    },
  });
}
