import { parseInput } from "@/lib/actions";
import { recordAudit } from "@/lib/audit/log";
import { invalidate } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { authorize, type Actor } from "@/lib/people/policy";
import { slugged, uniqueSlug } from "@/lib/slugs";
import { listItemSchema } from "./rules";

/**
 * The two admin-managed lists a document is filed under: its type ("Nghị quyết"…) and its issuing
 * body ("Tỉnh ủy"…). The slug (the reader filter's value) follows the name; an item in use is never
 * deleted (its documents would lose their filing), only renamed or moved in the order.
 */
export type DocumentList = "type" | "body";

const AUDIT = {
  type: { create: "document_type.create", update: "document_type.update", entity: "DocumentType" },
  body: { create: "issuing_body.create", update: "issuing_body.update", entity: "IssuingBody" },
} as const;

export async function listDocumentLists() {
  const order = [{ position: "asc" as const }, { name: "asc" as const }];
  const select = { id: true, name: true, slug: true, position: true, _count: { select: { documents: true } } };
  const [types, bodies] = await Promise.all([db.documentType.findMany({ orderBy: order, select }), db.issuingBody.findMany({ orderBy: order, select })]);
  return { types, bodies };
}

export async function saveListItem(actor: Actor | null, list: DocumentList, input: unknown) {
  authorize(actor, "documents.lists");
  const data = parseInput(listItemSchema, input);
  const saved = await db
    .$transaction(async (tx) => {
      const fields = { name: data.name, position: data.position };
      let row: { id: number; name: string };
      if (list === "type") {
        const slug = await uniqueSlug(tx, slugged.documentType, data.name, data.id);
        row = data.id
          ? await tx.documentType.update({ where: { id: data.id }, data: { ...fields, slug } })
          : await tx.documentType.create({ data: { ...fields, slug } });
      } else {
        const slug = await uniqueSlug(tx, slugged.issuingBody, data.name, data.id);
        row = data.id
          ? await tx.issuingBody.update({ where: { id: data.id }, data: { ...fields, slug } })
          : await tx.issuingBody.create({ data: { ...fields, slug } });
      }
      const audit = AUDIT[list];
      await recordAudit(tx, {
        actorId: actor.id,
        action: data.id ? audit.update : audit.create,
        entity: audit.entity,
        entityId: row.id,
        details: { name: data.name },
      });
      return row;
    })
    .catch((error: unknown) => {
      if (error instanceof Error && "code" in error && error.code === "P2025") throw new NotFoundError("Mục này không còn (có thể vừa bị xoá).");
      throw error;
    });
  // The names show on every document page and in the filters.
  invalidate({ kind: "document", public: true });
  return saved;
}
