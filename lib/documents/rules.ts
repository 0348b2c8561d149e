import { z } from "zod";
import type { DocumentRelationKind } from "@/lib/db/generated/enums";
import { expectedUpdatedAt, idField, nullableLine, optionalDay, optionalExpectedUpdatedAt, optionalId, optionalText, requiredLine } from "@/lib/forms/fields";
import { fieldMessages as say } from "@/lib/forms/messages";
import { decodePathSegment } from "@/lib/http/path-segment";
import { DOCUMENTS_PATH } from "@/lib/site/routes";
import { slugify } from "@/lib/text/vietnamese";

/**
 * The rules of the agency's documents ("Văn bản chỉ đạo, điều hành"): what a document holds and how
 * long, its address, and the words for its relations on either side. Status is ./status.ts; the
 * number's matching ./number.ts.
 */
export { DOCUMENTS_PATH };
export const DOCUMENTS_PAGE_SIZE = 20;
export const LIMITS = { number: 60, signerName: 120, field: 120, summary: 2_000 } as const;

/** /van-ban/<slug>-<id>: the id decides; the slug is read from the type, number and summary. */
export function documentPath(document: { id: number; slug: string }): string {
  return `${DOCUMENTS_PATH}/${document.slug}-${document.id}`;
}

export function parseDocumentParam(param: string): { slug: string; id: number } | null {
  const match = /^(?:(.*)-)?(\d{1,9})$/.exec(decodePathSegment(param));
  return match ? { slug: match[1] ?? "", id: Number(match[2]) } : null;
}

export function documentSlug(typeName: string, number: string, summary: string): string {
  return slugify(`${typeName} ${number} ${summary}`, 90) || "van-ban";
}

export const DOCUMENTS_FEED_PATH = `${DOCUMENTS_PATH}/rss.xml`;

/** A feed item's permalink: /van-ban/<id>, which proxy.ts answers with a 301 to the current address. */
export function documentGuidPath(id: number): string {
  return `${DOCUMENTS_PATH}/${id}`;
}

export function documentFilePath(document: { id: number; slug: string }, fileId: number): string {
  return `${documentPath(document)}/tep/${fileId}`;
}

/** How a relation reads on the document that acts and on the one acted on. */
export const RELATION_LABELS: Record<DocumentRelationKind, { source: string; target: string }> = {
  AMENDS: { source: "Sửa đổi, bổ sung", target: "Được sửa đổi, bổ sung bởi" },
  REPLACES: { source: "Thay thế", target: "Bị thay thế bởi" },
  REPEALS: { source: "Bãi bỏ", target: "Bị bãi bỏ bởi" },
  GUIDES: { source: "Hướng dẫn thi hành", target: "Được hướng dẫn thi hành bởi" },
};
export const RELATION_KINDS = Object.keys(RELATION_LABELS) as DocumentRelationKind[];

export const documentSchema = z
  .object({
    id: optionalId("văn bản"),
    expectedUpdatedAt: optionalExpectedUpdatedAt,
    // The form's main button sends no intent: it saves.
    intent: z.preprocess(
      (value) => (value === undefined || value === "" ? "save" : value),
      z.enum(["save", "publish", "withdraw"], { error: say.invalid("thao tác") }),
    ),
    typeId: idField("loại văn bản"),
    issuingBodyId: idField("cơ quan ban hành"),
    number: requiredLine("số, ký hiệu", LIMITS.number),
    signerId: optionalId("người ký"),
    signerName: nullableLine("tên người ký", LIMITS.signerName),
    field: nullableLine("lĩnh vực", LIMITS.field),
    issuedOn: optionalDay("ngày ban hành").refine((value) => value !== null, say.required("ngày ban hành")),
    effectiveOn: optionalDay("ngày có hiệu lực"),
    expiresOn: optionalDay("ngày hết hiệu lực"),
    summary: optionalText("trích yếu", LIMITS.summary).refine((value) => value !== "", say.required("trích yếu")),
  })
  .superRefine((value, context) => {
    if (value.id && !value.expectedUpdatedAt)
      context.addIssue({ code: "custom", path: ["expectedUpdatedAt"], message: "Thiếu phiên bản dữ liệu, hãy tải lại trang" });
    if (value.issuedOn && value.effectiveOn && value.effectiveOn < value.issuedOn)
      context.addIssue({ code: "custom", path: ["effectiveOn"], message: "Ngày có hiệu lực không được trước ngày ban hành" });
    const start = value.effectiveOn ?? value.issuedOn;
    if (start && value.expiresOn && value.expiresOn <= start)
      context.addIssue({ code: "custom", path: ["expiresOn"], message: "Ngày hết hiệu lực phải sau ngày có hiệu lực" });
  });

export type DocumentInput = z.output<typeof documentSchema>;

export const relationSchema = z.object({
  documentId: idField("văn bản"),
  expectedUpdatedAt,
  kind: z.enum(["AMENDS", "REPLACES", "REPEALS", "GUIDES"], { error: say.choose("quan hệ") }),
  targetNumber: requiredLine("số, ký hiệu của văn bản liên quan", LIMITS.number),
});

/** A type or an issuing body: the two admin-managed lists. */
export const listItemSchema = z.object({
  id: optionalId("mục"),
  name: requiredLine("tên", 120),
  position: z.preprocess(
    (value) => (value === "" || value === undefined ? 0 : Number(value)),
    z
      .number({ error: say.notNumber("thứ tự") })
      .int(say.notInteger("thứ tự"))
      .min(0)
      .max(9999),
  ),
});
