import { parseInput } from "@/lib/actions";
import { recordAudit } from "@/lib/audit/log";
import { invalidate } from "@/lib/cache/tags";
import { db, Prisma, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { authorize, type Actor } from "@/lib/people/policy";
import { normalizeLine } from "@/lib/text/vietnamese";
import { numberKey } from "./number";
import { documentSchema, documentSlug, relationSchema, type DocumentInput } from "./rules";

/**
 * The staff side of the documents: the list, one document's form, and its relations. Every change
 * has its audit row in its transaction and an optimistic version (updatedAt): a second editor saving
 * over a first is refused. Files are ./files.ts; the lists of types and bodies ./lists.ts.
 */
export const STAFF_PAGE_SIZE = 50;
const CONFLICT = "Văn bản vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.";

const invalid = (field: string, message: string) => new ValidationError(message, { [field]: [message] });

export async function listDocumentsForStaff(actor: Actor | null, input: { q: string; page: number }) {
  authorize(actor, "documents.manage");
  const q = normalizeLine(input.q).slice(0, 200);
  const key = numberKey(q);
  const where: Prisma.LegalDocumentWhereInput = q
    ? { OR: [...(key ? [{ numberKey: { startsWith: key } }] : []), { summary: { contains: q, mode: "insensitive" } }] }
    : {};
  const page = Math.max(1, Math.min(9_999, Math.trunc(input.page) || 1));
  const [total, documents] = await Promise.all([
    db.legalDocument.count({ where }),
    db.legalDocument.findMany({
      where,
      orderBy: [{ issuedOn: "desc" }, { id: "desc" }],
      skip: (page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        number: true,
        summary: true,
        issuedOn: true,
        publishedAt: true,
        type: { select: { name: true } },
        issuingBody: { select: { name: true } },
      },
    }),
  ]);
  return { total, page, pageCount: Math.ceil(total / STAFF_PAGE_SIZE), documents };
}

export type StaffDocument = NonNullable<Awaited<ReturnType<typeof getDocumentForStaff>>>;

export async function getDocumentForStaff(actor: Actor | null, id: number) {
  authorize(actor, "documents.manage");
  const related = { select: { id: true, slug: true, number: true, summary: true, publishedAt: true } };
  const document = await db.legalDocument.findUnique({
    where: { id },
    include: {
      files: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, fileName: true, mime: true, size: true, hasText: true, text: true } },
      actsOn: { orderBy: { id: "asc" }, select: { id: true, kind: true, target: related } },
      actedOnBy: { orderBy: { id: "asc" }, select: { id: true, kind: true, source: related } },
    },
  });
  if (!document) throw new NotFoundError("Văn bản không tồn tại.");
  return document;
}

/** The choices of the form: types, bodies, the directory's officials, the fields already in use. */
export async function documentFormChoices(actor: Actor | null) {
  authorize(actor, "documents.manage");
  const order = [{ position: "asc" as const }, { name: "asc" as const }];
  const [types, bodies, officials, fields] = await Promise.all([
    db.documentType.findMany({ orderBy: order, select: { id: true, name: true } }),
    db.issuingBody.findMany({ orderBy: order, select: { id: true, name: true } }),
    db.official.findMany({ orderBy: [{ givenName: "asc" }, { familyName: "asc" }], select: { id: true, fullName: true } }),
    db.legalDocument.findMany({ where: { field: { not: null } }, distinct: ["field"], orderBy: { field: "asc" }, select: { field: true } }),
  ]);
  return { types, bodies, officials, fields: fields.map((f) => f.field!) };
}

/** Creates or saves a document and applies its intent: publish shows it on /van-ban, withdraw takes it down. */
export async function saveDocument(actor: Actor | null, input: unknown): Promise<{ id: number; published: boolean }> {
  authorize(actor, "documents.manage");
  const data = parseInput(documentSchema, input);
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const before = data.id ? await tx.legalDocument.findUnique({ where: { id: data.id }, select: { publishedAt: true } }) : null;
    if (data.id && !before) throw new NotFoundError("Văn bản không tồn tại.");
    if (data.intent === "withdraw" && !before?.publishedAt) throw new ConflictError("Văn bản chưa được đăng.");
    const fields = await documentFields(tx, data);
    const publishedAt = data.intent === "publish" ? (before?.publishedAt ?? now) : data.intent === "withdraw" ? null : (before?.publishedAt ?? null);
    let id: number;
    if (data.id) {
      const { count } = await tx.legalDocument.updateMany({
        where: { id: data.id, updatedAt: data.expectedUpdatedAt! },
        data: { ...fields, publishedAt, updatedAt: now },
      });
      if (count !== 1) throw new ConflictError(CONFLICT);
      id = data.id;
    } else {
      ({ id } = await tx.legalDocument.create({
        data: { ...fields, publishedAt, createdById: actor.id, createdAt: now, updatedAt: now },
        select: { id: true },
      }));
    }
    const action =
      data.intent === "publish" ? "document.publish" : data.intent === "withdraw" ? "document.withdraw" : data.id ? "document.update" : "document.create";
    await recordAudit(tx, { actorId: actor.id, action, entity: "LegalDocument", entityId: id, details: { number: fields.number } });
    return { id, published: publishedAt !== null, wasPublic: Boolean(before?.publishedAt) };
  });
  invalidate({ kind: "document", public: result.published || result.wasPublic });
  return { id: result.id, published: result.published };
}

/** The row's fields from the form: the type, body and signer must exist; the slug and key follow the text. */
async function documentFields(tx: Tx, data: DocumentInput) {
  const [type, body, signer] = await Promise.all([
    tx.documentType.findUnique({ where: { id: data.typeId }, select: { name: true } }),
    tx.issuingBody.findUnique({ where: { id: data.issuingBodyId }, select: { id: true } }),
    data.signerId ? tx.official.findUnique({ where: { id: data.signerId }, select: { fullName: true } }) : null,
  ]);
  if (!type) throw invalid("typeId", "Loại văn bản không còn trong danh mục, hãy chọn lại");
  if (!body) throw invalid("issuingBodyId", "Cơ quan ban hành không còn trong danh mục, hãy chọn lại");
  if (data.signerId && !signer) throw invalid("signerId", "Người ký không còn trong danh bạ, hãy chọn lại");
  const key = numberKey(data.number);
  if (!key) throw invalid("number", "Số, ký hiệu phải có chữ hoặc số");
  return {
    slug: documentSlug(type.name, data.number, data.summary),
    typeId: data.typeId,
    issuingBodyId: data.issuingBodyId,
    number: data.number,
    numberKey: key,
    signerId: data.signerId ?? null,
    // The directory's name is kept too: the document still says who signed if the official is removed.
    signerName: signer?.fullName ?? data.signerName,
    field: data.field,
    issuedOn: data.issuedOn!,
    effectiveOn: data.effectiveOn,
    expiresOn: data.expiresOn,
    summary: data.summary,
  };
}

/**
 * Relates the document being edited (the source) to the one named by its number and symbol: "12-NQ/TU",
 * or "12-NQ/TU 2025" (its year of issue) when several share the number. Both documents' pages show it.
 */
export async function addRelation(actor: Actor | null, input: unknown) {
  authorize(actor, "documents.manage");
  const data = parseInput(relationSchema, input);
  const { key, year } = parseTargetNumber(data.targetNumber);
  const result = await db.$transaction(async (tx) => {
    await claimVersion(tx, data.documentId, data.expectedUpdatedAt);
    const candidates = await tx.legalDocument.findMany({
      where: {
        numberKey: key,
        id: { not: data.documentId },
        ...(year ? { issuedOn: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } } : {}),
      },
      select: { id: true, number: true, issuedOn: true, publishedAt: true },
      take: 5,
    });
    if (candidates.length === 0) throw invalid("targetNumber", `Không tìm thấy văn bản có số, ký hiệu “${data.targetNumber}”`);
    if (candidates.length > 1)
      throw invalid(
        "targetNumber",
        `Có ${candidates.length} văn bản cùng số, ký hiệu này; hãy ghi thêm năm ban hành, ví dụ “${candidates[0]!.number} ${candidates[0]!.issuedOn.getUTCFullYear()}”`,
      );
    const target = candidates[0]!;
    const exists = await tx.documentRelation.findFirst({ where: { sourceId: data.documentId, targetId: target.id, kind: data.kind }, select: { id: true } });
    if (exists) throw invalid("targetNumber", "Quan hệ này đã có");
    await tx.documentRelation.create({ data: { sourceId: data.documentId, targetId: target.id, kind: data.kind } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "document.relation_add",
      entity: "LegalDocument",
      entityId: data.documentId,
      details: { kind: data.kind, target: target.number },
    });
    return { shown: await isPublished(tx, data.documentId) };
  });
  invalidate({ kind: "document", public: result.shown });
}

export async function removeRelation(actor: Actor | null, input: { relationId: unknown; documentId: unknown; expectedUpdatedAt: unknown }) {
  authorize(actor, "documents.manage");
  const data = parseInput(relationSchema.pick({ documentId: true, expectedUpdatedAt: true }), input);
  const relationId = Number(input.relationId);
  const result = await db.$transaction(async (tx) => {
    await claimVersion(tx, data.documentId, data.expectedUpdatedAt);
    const relation = await tx.documentRelation.findFirst({
      where: { id: Number.isSafeInteger(relationId) ? relationId : -1, OR: [{ sourceId: data.documentId }, { targetId: data.documentId }] },
      select: { id: true, kind: true, sourceId: true, targetId: true },
    });
    if (!relation) throw new NotFoundError("Quan hệ này không còn (có thể vừa bị người khác xoá).");
    await tx.documentRelation.delete({ where: { id: relation.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "document.relation_remove",
      entity: "LegalDocument",
      entityId: data.documentId,
      details: { kind: relation.kind, relationId },
    });
    return { shown: (await isPublished(tx, relation.sourceId)) || (await isPublished(tx, relation.targetId)) };
  });
  invalidate({ kind: "document", public: result.shown });
}

/** A relation is part of the document's version: the form's version must be current, and moves on. */
async function claimVersion(tx: Tx, id: number, expected: Date) {
  const { count } = await tx.legalDocument.updateMany({ where: { id, updatedAt: expected }, data: { updatedAt: new Date() } });
  if (count !== 1) throw new ConflictError(CONFLICT);
}

async function isPublished(tx: Tx, id: number): Promise<boolean> {
  return (await tx.legalDocument.count({ where: { id, publishedAt: { not: null } } })) > 0;
}

function parseTargetNumber(typed: string): { key: string; year: number | null } {
  const match = /^(.*\S)\s+(?:năm\s+)?((?:18|19|20|21)\d\d)$/iu.exec(typed.trim());
  return match ? { key: numberKey(match[1]!), year: Number(match[2]) } : { key: numberKey(typed), year: null };
}
