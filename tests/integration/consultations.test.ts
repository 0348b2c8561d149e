import ExcelJS from "exceljs";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", async () => (await import("../support/next-cache")).nextCacheRecordingInto(revalidated));

import { exportComments, getConsultationForStaff, listCommentsForStaff, moderateComment, saveConsultation } from "@/lib/consultations/admin";
import { attachConsultationFile, removeConsultationFile } from "@/lib/consultations/files";
import { findPublishedFile, findReceipt, getPublishedConsultation, listPublishedConsultations } from "@/lib/consultations/public";
import { CLOSED_MESSAGE, COMMENT_FORM, COMMENT_THROTTLE } from "@/lib/consultations/rules";
import { submitComment } from "@/lib/consultations/submit";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { readStoredFile } from "@/lib/files/serve";
import { mediaFileExists } from "@/lib/media/storage";
import type { Actor } from "@/lib/people/policy";
import { HONEYPOT_FIELD, issueTimeToken, TIME_TOKEN_FIELD } from "@/lib/public-forms";
import { demoDraftPdf } from "@/lib/seed/draft-pdf";
import { isMissingReaderPage } from "@/lib/site/missing-pages";
import { toVietnamLocal } from "@/lib/text/date";

let editor: Actor;
let reporter: Actor;
let seq = 0;
const DAY = 86_400_000;

beforeAll(async () => {
  const make = (role: "EDITOR" | "REPORTER") =>
    db.user.create({ data: { email: `ct-${role}@example.vn`, displayName: `Người ${role}`, slug: `ct-${role.toLowerCase()}`, passwordHash: "x", role } });
  editor = { id: (await make("EDITOR")).id, role: "EDITOR" };
  reporter = { id: (await make("REPORTER")).id, role: "REPORTER" };
});

beforeEach(() => {
  revalidated.length = 0;
});

/** A draft saved through the staff function, open from `opens` to `closes` days from now. */
async function draft(opens: number, closes: number, intent: "save" | "publish" = "publish") {
  seq += 1;
  return saveConsultation(editor, {
    intent,
    title: `Dự thảo Quy định số ${seq} về đất đai`,
    slug: "",
    summary: `Tóm tắt dự thảo số ${seq}.`,
    draftingBody: "Sở Nông nghiệp và Môi trường",
    opensAt: toVietnamLocal(new Date(Date.now() + opens * DAY)),
    closesAt: toVietnamLocal(new Date(Date.now() + closes * DAY)),
    outcome: "",
  });
}

function form(fields: Record<string, unknown> = {}) {
  seq += 1;
  return {
    name: "Nguyễn Văn A",
    organisation: "",
    email: `gop-y-${seq}@example.vn`,
    phone: "",
    section: "Điều 3",
    text: `Góp ý số ${seq}: đề nghị làm rõ thời hạn.`,
    [HONEYPOT_FIELD]: "",
    [TIME_TOKEN_FIELD]: issueTimeToken(COMMENT_FORM, new Date(Date.now() - 10_000)),
    ...fields,
  };
}

const address = () => `10.1.${Math.floor(seq / 250)}.${seq % 250}`;

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error,
  );
}

describe("a reader's comment", () => {
  it("is stored with a receipt while the draft is open, and refused (409) once it has closed", async () => {
    const open = await draft(-1, 10);
    revalidated.length = 0;
    const { code, duplicate } = await submitComment(open.slug, form(), { address: address() });
    expect(duplicate).toBe(false);
    const receipt = await findReceipt(open.slug, code.toLowerCase());
    expect(receipt?.status).toBe("NEW");
    // Posting never re-renders a public page: a comment shows only once staff publish it.
    expect(revalidated).toEqual([]);

    const closed = await draft(-10, -1);
    const late = await refusal(submitComment(closed.slug, form(), { address: address() }));
    expect(late).toBeInstanceOf(ConflictError);
    expect((late as ConflictError).status).toBe(409);
    expect((late as Error).message).toBe(CLOSED_MESSAGE);
    // The moment it closes counts: a comment one millisecond late is late.
    const row = await db.consultation.findUniqueOrThrow({ where: { id: open.id } });
    const shownBefore = { [TIME_TOKEN_FIELD]: issueTimeToken(COMMENT_FORM, new Date(row.closesAt.getTime() - 10_000)) };
    const atClose = await refusal(submitComment(open.slug, form(shownBefore), { address: address(), now: row.closesAt }));
    expect(atClose).toBeInstanceOf(ConflictError);
    expect(await db.consultationComment.count({ where: { consultationId: closed.id } })).toBe(0);
  });

  it("is refused before the draft opens and on a draft that is not published", async () => {
    const upcoming = await draft(2, 10);
    expect(await refusal(submitComment(upcoming.slug, form(), { address: address() }))).toBeInstanceOf(ConflictError);
    const unpublished = await draft(-1, 10, "save");
    expect(await refusal(submitComment(unpublished.slug, form(), { address: address() }))).toBeInstanceOf(NotFoundError);
    // An address no slug can be (a NUL PostgreSQL refuses as text) names nothing, and is no error.
    expect(await refusal(submitComment("du-thao\u0000", form(), { address: address() }))).toBeInstanceOf(NotFoundError);
    expect(await getPublishedConsultation("\u0000")).toBeNull();
    expect(await findPublishedFile("\u0000", 1)).toBeNull();
    expect(await findReceipt("\u0000", "DEMGY00001")).toBeNull();
  });

  it("names an empty or oversized field, requires a contact, and keeps HTML as text", async () => {
    const open = await draft(-1, 10);
    const empty = (await refusal(submitComment(open.slug, form({ name: " ", text: "" }), { address: address() }))) as ValidationError;
    expect(empty).toBeInstanceOf(ValidationError);
    expect(Object.keys(empty.fieldErrors)).toEqual(expect.arrayContaining(["name", "text"]));
    const long = (await refusal(submitComment(open.slug, form({ text: "a".repeat(10_001) }), { address: address() }))) as ValidationError;
    expect(long.fieldErrors.text?.[0]).toMatch(/10\.000|10000/);
    const noContact = (await refusal(submitComment(open.slug, form({ email: "", phone: "" }), { address: address() }))) as ValidationError;
    expect(noContact.fieldErrors.email).toBeDefined();
    const html = '<script>alert("x")</script><b>đậm</b>';
    const { code } = await submitComment(open.slug, form({ text: html }), { address: address() });
    expect((await findReceipt(open.slug, code))?.text).toBe(html);
  });

  it("gives a retry the same receipt, and refuses the same text from someone else", async () => {
    const open = await draft(-1, 10);
    const first = form({ text: "Đề nghị bổ sung điều khoản chuyển tiếp." });
    const sent = await submitComment(open.slug, first, { address: address() });
    const again = await submitComment(
      open.slug,
      { ...first, [TIME_TOKEN_FIELD]: issueTimeToken(COMMENT_FORM, new Date(Date.now() - 10_000)) },
      { address: address() },
    );
    expect(again).toEqual({ code: sent.code, duplicate: true });
    const other = await refusal(submitComment(open.slug, form({ text: "Đề nghị bổ sung điều khoản chuyển tiếp." }), { address: address() }));
    expect(other).toBeInstanceOf(ConflictError);
    expect(await db.consultationComment.count({ where: { consultationId: open.id } })).toBe(1);
  });

  it("throttles one address after the limit with a Vietnamese 429", async () => {
    const open = await draft(-1, 10);
    const from = "10.9.9.9";
    const outcomes: string[] = [];
    for (let i = 0; i < COMMENT_THROTTLE.addressLimit + 5; i++) {
      const result = await submitComment(open.slug, form(), { address: from }).then(
        () => "ok",
        (error: unknown) => (error instanceof RateLimitError ? `429 ${error.message}` : String(error)),
      );
      outcomes.push(result);
    }
    expect(outcomes.slice(0, COMMENT_THROTTLE.addressLimit).every((o) => o === "ok")).toBe(true);
    const throttled = outcomes.slice(COMMENT_THROTTLE.addressLimit);
    expect(throttled.every((o) => /^429 .*(lần|phút|giờ)/.test(o))).toBe(true);
    expect(await db.consultationComment.count({ where: { consultationId: open.id } })).toBe(COMMENT_THROTTLE.addressLimit);
  });
});

describe("staff", () => {
  it("publish and hide comments; only published ones are public, without contacts", async () => {
    const open = await draft(-1, 10);
    const { code } = await submitComment(open.slug, form({ email: "rieng-tu@example.vn", phone: "0987654321", text: "Góp ý công khai." }), {
      address: address(),
    });
    const hidden = await submitComment(open.slug, form({ text: "Góp ý không công khai." }), { address: address() });
    expect((await getPublishedConsultation(open.slug))?.comments).toEqual([]);

    const [comment] = await listCommentsForStaff(editor, open.id, "NEW");
    expect(comment?.personal).toEqual({ email: "rieng-tu@example.vn", phone: "0987654321" });
    expect(await db.auditLog.count({ where: { action: "consultation_comment.view_personal", entityId: String(open.id), userId: editor.id } })).toBe(1);
    await moderateComment(editor, { id: String(comment!.id), expectedUpdatedAt: comment!.updatedAt.toISOString(), status: "PUBLISHED" });
    expect(revalidated.length).toBeGreaterThan(0);
    const hiddenRow = await db.consultationComment.findUniqueOrThrow({ where: { code: hidden.code } });
    await moderateComment(editor, { id: String(hiddenRow.id), expectedUpdatedAt: hiddenRow.updatedAt.toISOString(), status: "HIDDEN" });

    const page = await getPublishedConsultation(open.slug);
    expect(page?.comments.map((c) => c.text)).toEqual(["Góp ý công khai."]);
    for (const view of [page, await findReceipt(open.slug, code), await listPublishedConsultations(1)]) {
      const json = JSON.stringify(view);
      expect(json).not.toContain("rieng-tu@example.vn");
      expect(json).not.toContain("0987654321");
    }
    expect((await findReceipt(open.slug, code))?.status).toBe("PUBLISHED");
  });

  it("refuse the second of two people saving the same version (409), keeping the first's save", async () => {
    const saved = await draft(-1, 10);
    const row = await getConsultationForStaff(editor, saved.id);
    const base = {
      id: String(saved.id),
      expectedUpdatedAt: row.updatedAt.toISOString(),
      title: row.title,
      slug: row.slug,
      summary: row.summary,
      draftingBody: row.draftingBody ?? "",
      opensAt: toVietnamLocal(row.opensAt),
      closesAt: toVietnamLocal(row.closesAt),
    };
    await saveConsultation(editor, { ...base, outcome: "Tiếp thu ý kiến về Điều 3." });
    expect(await refusal(saveConsultation(editor, { ...base, outcome: "Bản khác." }))).toBeInstanceOf(ConflictError);
    expect((await getConsultationForStaff(editor, saved.id)).outcome).toBe("Tiếp thu ý kiến về Điều 3.");

    const open = await draft(-1, 10);
    await submitComment(open.slug, form(), { address: address() });
    const [comment] = await listCommentsForStaff(editor, open.id, "NEW");
    const version = { id: String(comment!.id), expectedUpdatedAt: comment!.updatedAt.toISOString() };
    await moderateComment(editor, { ...version, status: "PUBLISHED" });
    expect(await refusal(moderateComment(editor, { ...version, status: "HIDDEN" }))).toBeInstanceOf(ConflictError);
  });

  it("refuse a closing date before the opening and name the field", async () => {
    const refused = (await refusal(
      saveConsultation(editor, { intent: "save", title: "Dự thảo sai ngày", summary: "Tóm tắt.", opensAt: "2026-12-10T08:00", closesAt: "2026-12-01T08:00" }),
    )) as ValidationError;
    expect(refused.fieldErrors.closesAt).toBeDefined();
  });

  it("are refused to a reporter (403) and to nobody signed in (401), changing nothing", async () => {
    const open = await draft(-1, 10);
    expect(
      await refusal(saveConsultation(reporter, { intent: "save", title: "X", summary: "Y", opensAt: "2026-12-01T08:00", closesAt: "2026-12-10T08:00" })),
    ).toBeInstanceOf(ForbiddenError);
    expect(await refusal(listCommentsForStaff(null, open.id, "NEW"))).toBeInstanceOf(UnauthenticatedError);
    expect(await refusal(exportComments(reporter, open.id, "csv"))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(attachConsultationFile(reporter, open.id, { name: "a.pdf", data: demoDraftPdf("A", []) }))).toBeInstanceOf(ForbiddenError);
  });

  it("export every comment with contacts as CSV and Excel, each export audited", async () => {
    const open = await draft(-1, 10);
    await submitComment(open.slug, form({ name: "Trần Thị Bình", email: "binh@example.vn", text: '=HYPERLINK("http://x")' }), { address: address() });
    await submitComment(open.slug, form({ name: "Lê Văn Cường", phone: "0912345678", email: "", text: 'Dòng một\nDòng hai, có "ngoặc".' }), {
      address: address(),
    });

    const csv = await exportComments(editor, open.id, "csv");
    const text = csv.data.toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(csv.fileName).toBe(`gop-y-${open.slug}.csv`);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toContain('"Họ và tên"');
    expect(text).toContain('"Trần Thị Bình"');
    expect(text).toContain('"binh@example.vn"');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain('"Dòng một\nDòng hai, có ""ngoặc""."');

    const xlsx = await exportComments(editor, open.id, "xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.data as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Góp ý")!;
    expect(sheet.getRow(2).getCell(3).value).toBe("Họ và tên");
    expect(sheet.getRow(3).getCell(3).value).toBe("Trần Thị Bình");
    expect(sheet.getRow(4).getCell(6).value).toBe("0912345678");
    expect(sheet.getRow(3).getCell(8).value).toBe('=HYPERLINK("http://x")');
    expect(sheet.getRow(3).getCell(8).formula).toBeUndefined();
    expect(await db.auditLog.count({ where: { action: "consultation.export", entityId: String(open.id), userId: editor.id } })).toBe(2);
  });
});

describe("a draft's files", () => {
  it("are recognised by their bytes, kept under their Vietnamese name, served only once the draft is published, and removed with their bytes", async () => {
    const saved = await draft(-1, 10, "save");
    const pdf = demoDraftPdf("DU THAO", ["Noi dung"]);
    const file = await attachConsultationFile(editor, saved.id, { name: "C:\\Tài liệu\\Dự thảo quy định.PDF", data: pdf });
    expect(file).toMatchObject({ fileName: "Dự thảo quy định.pdf", mime: "application/pdf", size: pdf.length });
    expect(await findPublishedFile(saved.slug, file.id)).toBeNull();

    const fake = (await refusal(attachConsultationFile(editor, saved.id, { name: "virus.pdf", data: Buffer.from("MZ not a pdf at all") }))) as ValidationError;
    expect(fake.fieldErrors.file?.[0]).toMatch(/PDF, Word/);
    const empty = (await refusal(attachConsultationFile(editor, saved.id, { name: "rong.pdf", data: Buffer.alloc(0) }))) as ValidationError;
    expect(empty.fieldErrors.file).toBeDefined();

    const row = await getConsultationForStaff(editor, saved.id);
    await saveConsultation(editor, {
      id: String(saved.id),
      expectedUpdatedAt: row.updatedAt.toISOString(),
      intent: "publish",
      title: row.title,
      slug: row.slug,
      summary: row.summary,
      opensAt: toVietnamLocal(row.opensAt),
      closesAt: toVietnamLocal(row.closesAt),
    });
    const published = await findPublishedFile(saved.slug, file.id);
    expect(published?.fileName).toBe("Dự thảo quy định.pdf");
    expect((await readStoredFile(published!.path))?.equals(pdf)).toBe(true);
    expect((await getPublishedConsultation(saved.slug))?.files.map((f) => f.fileName)).toEqual(["Dự thảo quy định.pdf"]);

    await removeConsultationFile(editor, file.id);
    expect(await mediaFileExists(published!.path)).toBe(false);
    expect(await findPublishedFile(saved.slug, file.id)).toBeNull();
  });
});

describe("missing addresses (proxy.ts answers them with the 404 page)", () => {
  it("are an unknown or unpublished draft and its form, an unknown or unpublished question; the rest is left to the routes", async () => {
    const shown = await draft(-1, 10);
    const hidden = await draft(-1, 10, "save");
    expect(await isMissingReaderPage(`/lay-y-kien/${shown.slug}`)).toBe(false);
    expect(await isMissingReaderPage(`/lay-y-kien/${shown.slug}/gop-y`)).toBe(false);
    expect(await isMissingReaderPage(`/lay-y-kien/${hidden.slug}`)).toBe(true);
    expect(await isMissingReaderPage(`/lay-y-kien/${hidden.slug}/gop-y`)).toBe(true);
    expect(await isMissingReaderPage("/lay-y-kien/khong-co-du-thao/gop-y")).toBe(true);
    expect(await isMissingReaderPage("/lay-y-kien/%00")).toBe(true);
    expect(await isMissingReaderPage(`/lay-y-kien/${shown.slug}/tep/1`)).toBe(false);
    expect(await isMissingReaderPage(`/lay-y-kien/${shown.slug}/khac`)).toBe(false);
    expect(await isMissingReaderPage("/hoi-dap/gui-cau-hoi")).toBe(false);
    expect(await isMissingReaderPage("/hoi-dap/tra-cuu")).toBe(false);
    expect(await isMissingReaderPage("/hoi-dap/tra-cuu/ABCDEFGHJK")).toBe(false);
    expect(await isMissingReaderPage("/hoi-dap/99999")).toBe(true);
    expect(await isMissingReaderPage("/hoi-dap/abc")).toBe(true);
  });
});
