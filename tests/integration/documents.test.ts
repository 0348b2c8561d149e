import fs from "node:fs/promises";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", async () => (await import("../support/next-cache")).nextCacheRecordingInto(revalidated));

import { db } from "@/lib/db";
import { addRelation, documentFormChoices, getDocumentForStaff, removeRelation, saveDocument } from "@/lib/documents/admin";
import { attachDocumentFile, removeDocumentFile } from "@/lib/documents/files";
import { parseDocumentFilters } from "@/lib/documents/filters";
import { saveListItem } from "@/lib/documents/lists";
import {
  documentFacets,
  findPublishedDocumentFile,
  getPublishedDocument,
  listDocumentFeed,
  listDocumentsSignedBy,
  listPublishedDocuments,
} from "@/lib/documents/public";
import { documentStatus, type DocumentStatus } from "@/lib/documents/status";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { mediaDir } from "@/lib/media/storage";
import type { Actor } from "@/lib/people/policy";
import { demoDraftPdf } from "@/lib/seed/draft-pdf";
import { toCalendarDayInput } from "@/lib/text/date";

let admin: Actor;
let editor: Actor;
let reporter: Actor;
let types: Record<string, number>;
let bodies: Record<string, number>;
const TODAY = new Date("2026-12-08T00:00:00Z");
const DAY = 86_400_000;
const day = (offset: number) => toCalendarDayInput(new Date(TODAY.getTime() + offset * DAY));

beforeAll(async () => {
  const make = (role: "ADMIN" | "EDITOR" | "REPORTER") =>
    db.user.create({ data: { email: `vb-${role}@example.vn`, displayName: role, slug: `vb-${role.toLowerCase()}`, passwordHash: "x", role } });
  admin = { id: (await make("ADMIN")).id, role: "ADMIN" };
  editor = { id: (await make("EDITOR")).id, role: "EDITOR" };
  reporter = { id: (await make("REPORTER")).id, role: "REPORTER" };
  types = {};
  for (const name of ["Nghị quyết", "Quyết định", "Chỉ thị"]) types[name] = (await saveListItem(admin, "type", { name, position: "0" })).id;
  bodies = {};
  for (const name of ["Tỉnh ủy", "UBND tỉnh"]) bodies[name] = (await saveListItem(admin, "body", { name, position: "0" })).id;
});

beforeEach(() => {
  revalidated.length = 0;
});

type Fields = {
  type?: string;
  body?: string;
  number: string;
  summary: string;
  issued?: number;
  effective?: number | null;
  expires?: number | null;
  field?: string;
};

async function document(fields: Fields, intent: "save" | "publish" = "publish") {
  return saveDocument(editor, {
    intent,
    typeId: String(types[fields.type ?? "Nghị quyết"]),
    issuingBodyId: String(bodies[fields.body ?? "Tỉnh ủy"]),
    number: fields.number,
    signerId: "",
    signerName: "Nguyễn Văn Ký",
    field: fields.field ?? "Kinh tế",
    issuedOn: day(fields.issued ?? -30),
    effectiveOn: fields.effective === undefined || fields.effective === null ? "" : day(fields.effective),
    expiresOn: fields.expires === undefined || fields.expires === null ? "" : day(fields.expires),
    summary: fields.summary,
  });
}

async function relate(sourceId: number, kind: string, targetNumber: string) {
  const { updatedAt } = await getDocumentForStaff(editor, sourceId);
  return addRelation(editor, { documentId: String(sourceId), expectedUpdatedAt: updatedAt.toISOString(), kind, targetNumber });
}

const list = (params: Record<string, string>) => listPublishedDocuments(parseDocumentFilters(params), TODAY);

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error,
  );
}

async function storedFiles(): Promise<string[]> {
  const root = path.join(mediaDir(), "files");
  return (await fs.readdir(root, { recursive: true }).catch(() => [] as string[])).filter((name) => /\.\w+$/.test(name));
}

describe("the status rule", () => {
  it("is derived from dates and relations, and the list's SQL agrees with it on every case", async () => {
    const inForce = await document({ number: "1-NQ/TU", summary: "Nghị quyết còn hiệu lực về giáo dục" });
    const pending = await document({ number: "2-NQ/TU", summary: "Nghị quyết chưa có hiệu lực", effective: 10 });
    const expired = await document({ number: "3-NQ/TU", summary: "Nghị quyết hết hạn", expires: 0 });
    const repealed = await document({ number: "4-NQ/TU", summary: "Nghị quyết bị bãi bỏ" });
    const replaced = await document({ number: "5-NQ/TU", summary: "Nghị quyết bị thay thế" });
    const laterReplaced = await document({ number: "6-NQ/TU", summary: "Nghị quyết sẽ bị thay thế" });
    const repealer = await document({ number: "7-NQ/TU", summary: "Nghị quyết bãi bỏ" });
    const replacer = await document({ number: "8-NQ/TU", summary: "Nghị quyết thay thế", effective: -1 });
    const futureReplacer = await document({ number: "9-NQ/TU", summary: "Nghị quyết thay thế từ tháng sau", effective: 30 });
    const unpublishedReplacer = await document({ number: "10-NQ/TU", summary: "Nghị quyết chưa đăng" }, "save");
    await relate(repealer.id, "REPEALS", "4-NQ/TU");
    await relate(replacer.id, "REPLACES", "5-NQ/TU");
    await relate(futureReplacer.id, "REPLACES", "6-NQ/TU");
    await relate(unpublishedReplacer.id, "REPLACES", "1-NQ/TU");

    const expected: [number, DocumentStatus][] = [
      [inForce.id, "IN_FORCE"],
      [pending.id, "PENDING"],
      [expired.id, "EXPIRED"],
      [repealed.id, "EXPIRED"],
      [replaced.id, "REPLACED"],
      [laterReplaced.id, "IN_FORCE"],
    ];
    const listed = new Map((await list({ q: "" })).documents.map((d) => [d.id, d.status]));
    for (const [id, status] of expected) {
      expect((await getPublishedDocument(id, TODAY))?.status.status, `document ${id}`).toBe(status);
      expect(listed.get(id), `listed ${id}`).toBe(status);
    }
    expect((await getPublishedDocument(replaced.id, TODAY))?.status.replacedBy).toEqual(["8-NQ/TU"]);
    // A month later the replacement has taken effect.
    expect((await getPublishedDocument(laterReplaced.id, new Date(TODAY.getTime() + 31 * DAY)))?.status.status).toBe("REPLACED");
    expect((await list({ "hieu-luc": "bi-thay-the" })).documents.map((d) => d.number)).toEqual(["5-NQ/TU"]);
    expect((await list({ "hieu-luc": "chua-co-hieu-luc" })).documents.map((d) => d.number).sort()).toEqual(["2-NQ/TU", "9-NQ/TU"]);
  });

  it("in hand: an expiry on the day it takes effect, and no effective date (the issue date counts)", () => {
    const base = { issuedOn: TODAY, effectiveOn: null, expiresOn: null };
    expect(documentStatus(base, [], TODAY).status).toBe("IN_FORCE");
    expect(documentStatus({ ...base, issuedOn: new Date(TODAY.getTime() + DAY) }, [], TODAY).status).toBe("PENDING");
    expect(documentStatus({ ...base, expiresOn: TODAY }, [], TODAY).status).toBe("EXPIRED");
    const amender = { ...base, kind: "AMENDS" as const, number: "X" };
    expect(documentStatus(base, [amender], TODAY).status).toBe("IN_FORCE");
  });
});

describe("relations", () => {
  it("show on both documents, a relation with an unpublished document on neither public page", async () => {
    const guided = await document({ number: "21-CT/TU", type: "Chỉ thị", summary: "Chỉ thị về cải cách hành chính" });
    const guide = await document({ number: "210/QĐ-UBND", type: "Quyết định", body: "UBND tỉnh", summary: "Quyết định hướng dẫn thi hành chỉ thị" });
    await relate(guide.id, "GUIDES", "21/CT-TU");
    const guidePage = await getPublishedDocument(guide.id, TODAY);
    const guidedPage = await getPublishedDocument(guided.id, TODAY);
    expect(guidePage?.related).toEqual([expect.objectContaining({ kind: "GUIDES", side: "source", id: guided.id, number: "21-CT/TU" })]);
    expect(guidedPage?.related).toEqual([expect.objectContaining({ kind: "GUIDES", side: "target", id: guide.id })]);

    const hidden = await document({ number: "22-CT/TU", type: "Chỉ thị", summary: "Bản nháp" }, "save");
    await relate(hidden.id, "AMENDS", "21-CT/TU");
    expect((await getPublishedDocument(guided.id, TODAY))?.related).toHaveLength(1);

    const staffView = await getDocumentForStaff(editor, guide.id);
    await removeRelation(editor, { relationId: staffView.actsOn[0]!.id, documentId: guide.id, expectedUpdatedAt: staffView.updatedAt.toISOString() });
    expect((await getPublishedDocument(guided.id, TODAY))?.related).toEqual([]);
  });

  it("name the target by its number, refusing an unknown or ambiguous one (the year then decides)", async () => {
    const source = await document({ number: "31-KL/TU", summary: "Kết luận" });
    const unknown = (await refusal(relate(source.id, "AMENDS", "999-XX/TU"))) as ValidationError;
    expect(unknown.fieldErrors.targetNumber?.[0]).toContain("Không tìm thấy văn bản");
    await document({ number: "32-NQ/TU", summary: "Nghị quyết năm 2025", issued: -400 });
    await document({ number: "32-NQ/TU", summary: "Nghị quyết năm 2026", issued: -5 });
    const ambiguous = (await refusal(relate(source.id, "AMENDS", "32-NQ/TU"))) as ValidationError;
    expect(ambiguous.fieldErrors.targetNumber?.[0]).toContain("năm ban hành");
    await relate(source.id, "AMENDS", "32-NQ/TU 2026");
    expect((await getPublishedDocument(source.id, TODAY))?.related[0]?.summary).toBe("Nghị quyết năm 2026");
  });
});

describe("finding documents", () => {
  it("puts the document whose number and symbol the search is first, however it is written", async () => {
    await document({ number: "12-NQ/TU", summary: "Nghị quyết về phát triển du lịch", issued: -900 });
    await document({ number: "13-NQ/TU", summary: "Nghị quyết số 12 về chuyển đổi số", issued: -2 });
    for (const q of ["12-NQ/TU", "12/NQ-TU", "12 NQ/TU", "12-nq/tu"]) {
      const found = await list({ q });
      expect(found.documents[0], q).toMatchObject({ number: "12-NQ/TU", exact: true });
    }
    const quyetDinh = await document({ number: "1234/QĐ-UBND", type: "Quyết định", body: "UBND tỉnh", summary: "Quyết định phê duyệt quy hoạch" });
    expect((await list({ q: "1234/QD-UBND" })).documents[0]?.id).toBe(quyetDinh.id);
  });

  it("finds words in summaries and in the text of PDF files, diacritics ignored, and combines the filters", async () => {
    const tourism = await document({ number: "41-NQ/TU", summary: "Nghị quyết về phát triển du lịch cộng đồng miền Tây Nghệ An", field: "Du lịch" });
    const decision = await document({
      number: "4100/QĐ-UBND",
      type: "Quyết định",
      body: "UBND tỉnh",
      summary: "Quyết định giao chỉ tiêu",
      field: "Du lịch",
      issued: -500,
    });
    await attachDocumentFile(editor, decision.id, { name: "Quyết định.pdf", data: demoDraftPdf("QUYET DINH", ["Giao chi tieu ve homestay ban Hoa Tien"]) });
    expect((await list({ q: "du lich cong dong" })).documents.map((d) => d.id)).toContain(tourism.id);
    expect((await list({ q: "homestay Hoa Tiến" })).documents.map((d) => d.id)).toEqual([decision.id]);
    const year = new Date(TODAY.getTime() - 500 * DAY).getUTCFullYear();
    const filtered = await list({ "linh-vuc": "Du lịch", loai: "quyet-dinh", "co-quan": "ubnd-tinh", nam: String(year) });
    expect(filtered.documents.map((d) => d.id)).toEqual([decision.id]);
    const facets = await documentFacets();
    expect(facets.fields).toContain("Du lịch");
    expect(facets.types.map((t) => t.slug)).toEqual(expect.arrayContaining(["nghi-quyet", "quyet-dinh"]));
    expect(facets.years).toContain(year);
  });

  it("never shows an unpublished document, its files or its number", async () => {
    const draft = await document({ number: "51-NQ/TU", summary: "Dự thảo chưa đăng về nông nghiệp" }, "save");
    const file = await attachDocumentFile(editor, draft.id, { name: "a.pdf", data: demoDraftPdf("A", ["nong nghiep"]) });
    expect((await list({ q: "51-NQ/TU" })).documents.map((d) => d.id)).not.toContain(draft.id);
    expect(await getPublishedDocument(draft.id, TODAY)).toBeNull();
    expect(await findPublishedDocumentFile(draft.id, file.id)).toBeNull();
  });
});

describe("staff", () => {
  it("are editors and admins for documents, admins only for the lists", async () => {
    expect(await refusal(document({ number: "X", summary: "Y" }).then(() => saveDocument(reporter, {})))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(saveListItem(editor, "type", { name: "Công văn" }))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(documentFormChoices(reporter))).toBeInstanceOf(ForbiddenError);
    expect((await documentFormChoices(editor)).types.length).toBeGreaterThan(0);
  });

  it("name a missing required field and refuse an expiry before the document takes effect", async () => {
    const refused = (await refusal(
      saveDocument(editor, { intent: "save", typeId: "", issuingBodyId: String(bodies["Tỉnh ủy"]), number: " ", issuedOn: "", summary: "" }),
    )) as ValidationError;
    expect(Object.keys(refused.fieldErrors)).toEqual(expect.arrayContaining(["typeId", "number", "issuedOn", "summary"]));
    const dates = (await refusal(document({ number: "61-NQ/TU", summary: "Sai ngày", effective: 5, expires: 2 }))) as ValidationError;
    expect(dates.fieldErrors.expiresOn).toBeDefined();
  });

  it("refuse the second of two editors saving the same version (409), keeping the first's save", async () => {
    const saved = await document({ number: "71-NQ/TU", summary: "Bản đầu" });
    const row = await getDocumentForStaff(editor, saved.id);
    const base = {
      id: String(saved.id),
      expectedUpdatedAt: row.updatedAt.toISOString(),
      typeId: String(row.typeId),
      issuingBodyId: String(row.issuingBodyId),
      number: row.number,
      issuedOn: toCalendarDayInput(row.issuedOn),
    };
    await saveDocument(editor, { ...base, summary: "Bản của người thứ nhất" });
    expect(await refusal(saveDocument(editor, { ...base, summary: "Bản của người thứ hai" }))).toBeInstanceOf(ConflictError);
    expect((await getDocumentForStaff(editor, saved.id)).summary).toBe("Bản của người thứ nhất");
  });

  it("refuse a program or an HTML page renamed .pdf, leaving no row and no stray file; accept a scan without text", async () => {
    const saved = await document({ number: "81-NQ/TU", summary: "Tệp đính kèm" });
    const before = await storedFiles();
    for (const data of [Buffer.from("MZ\x90\x00\x03 program"), Buffer.from("<!doctype html><script>alert(1)</script>")]) {
      const refused = (await refusal(attachDocumentFile(editor, saved.id, { name: "nghi-quyet.pdf", data }))) as ValidationError;
      expect(refused.fieldErrors.file?.[0]).toContain("Chỉ nhận tệp PDF");
    }
    // A failed transaction (the document is gone) removes the bytes it wrote.
    expect(await refusal(attachDocumentFile(editor, 99_999_999, { name: "a.pdf", data: demoDraftPdf("A", []) }))).toBeInstanceOf(Error);
    expect(await storedFiles()).toEqual(before);
    expect(await db.legalDocumentFile.count({ where: { documentId: saved.id } })).toBe(0);

    const scan = await attachDocumentFile(editor, saved.id, { name: "Bản scan.pdf", data: demoDraftPdf("", []) });
    expect(scan).toMatchObject({ fileName: "Bản scan.pdf", hasText: false, scanned: true });
    expect(revalidated).toContain("documents");
    await removeDocumentFile(editor, scan.id);
    expect(await storedFiles()).toEqual(before);
  });
});

describe("the list's address", () => {
  it("ignores what cannot be a filter: a NUL, half a character, a year or status that is none", async () => {
    const filters = parseDocumentFilters({
      "linh-vuc": "Du\u0000 lịch\ud800",
      q: "12-NQ/TU\ud800",
      nam: "abc",
      "hieu-luc": "x",
      trang: "0",
      loai: "Nghị quyết",
    });
    expect(filters).toEqual({ type: null, body: null, field: "Du lịch", year: null, status: null, q: "12-NQ/TU", page: 1 });
    expect((await listPublishedDocuments(filters, TODAY)).total).toBeGreaterThanOrEqual(0);
  });

  it("past the last page still counts the documents, so the page can say there are more before it", async () => {
    const all = await list({});
    const far = await list({ trang: String(all.pageCount + 5) });
    expect(far.documents).toEqual([]);
    expect(far.total).toBe(all.total);
  });
});

describe("the feed and the signer's page", () => {
  it("list the newest published documents, and those an official of the directory signed", async () => {
    const official = await db.official.create({ data: { fullName: "Nguyễn Văn Ký", familyName: "Nguyễn", givenName: "Ký", slug: "nguyen-van-ky-vb" } });
    const base = {
      intent: "publish",
      typeId: String(types["Nghị quyết"]),
      issuingBodyId: String(bodies["Tỉnh ủy"]),
      issuedOn: day(-3),
      signerId: String(official.id),
      signerName: "",
    };
    const signed = await saveDocument(editor, { ...base, number: "91-NQ/TU", summary: "Nghị quyết do lãnh đạo trong danh bạ ký" });
    const withdrawn = await saveDocument(editor, { ...base, intent: "save", number: "92-NQ/TU", summary: "Chưa đăng" });
    expect((await listDocumentsSignedBy(official.id)).map((d) => d.id)).toEqual([signed.id]);
    expect((await getPublishedDocument(signed.id, TODAY))?.signer?.fullName).toBe("Nguyễn Văn Ký");
    const feed = await listDocumentFeed();
    expect(feed[0]?.id).toBe(signed.id);
    expect(feed.map((d) => d.id)).not.toContain(withdrawn.id);
  });
});
