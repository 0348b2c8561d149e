import { z } from "zod";
import { optionalDay, optionalId } from "@/lib/forms/fields";
import { db, type Prisma } from "@/lib/db";
import { authorize, type Actor } from "@/lib/people/policy";
import { vietnamDayStart } from "@/lib/text/date";

export const AUDIT_PAGE_SIZE = 50;

const filterSchema = z.object({
  userId: optionalId().catch(null),
  action: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(100)).catch(""),
  from: optionalDay("từ ngày").catch(null),
  to: optionalDay("đến ngày").catch(null),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type AuditFilter = z.infer<typeof filterSchema>;

/** Reads filters from a query string; anything unreadable is ignored rather than refused. */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return filterSchema.parse({
    userId: first(params.userId),
    action: first(params.action),
    from: first(params.from),
    to: first(params.to),
    page: first(params.page),
  });
}

/**
 * Who did what and when, newest first, for admins. Days are Vietnam calendar days: "to" includes
 * the whole day. An action filter ending in "." matches every action with that prefix ("category.").
 */
export async function listAuditLog(actor: Actor | null, filter: AuditFilter) {
  authorize(actor, "audit.view");
  const where: Prisma.AuditLogWhereInput = {};
  if (filter.userId) where.userId = filter.userId;
  if (filter.action) where.action = filter.action.endsWith(".") ? { startsWith: filter.action } : filter.action;
  if (filter.from || filter.to) {
    where.createdAt = {
      ...(filter.from ? { gte: vietnamDayStart(filter.from) } : {}),
      ...(filter.to ? { lt: vietnamDayStart(filter.to, 1) } : {}),
    };
  }
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { user: { select: { id: true, displayName: true, email: true } } },
    }),
    db.auditLog.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** The choices of the filter form: the people and the action names that appear in the log. */
export async function auditFilterOptions(actor: Actor | null) {
  authorize(actor, "audit.view");
  const [users, actions] = await Promise.all([
    db.user.findMany({ orderBy: { displayName: "asc" }, select: { id: true, displayName: true, email: true } }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return { users, actions: actions.map((a) => a.action) };
}
