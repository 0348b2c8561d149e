import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { commentsCsv } from "@/lib/consultations/export";
import { ValidationError } from "@/lib/errors";
import { checkDocumentUpload, MAX_DOCUMENT_BYTES } from "@/lib/files/limits";
import { cleanFileName, storedFilePath } from "@/lib/files/name";
import { documentResponse } from "@/lib/files/serve";
import { describeFile, sniffDocument } from "@/lib/files/sniff";
import { resolveMediaPath } from "@/lib/media/storage";
import { demoDraftPdf } from "@/lib/seed/draft-pdf";

/** The first sector of an OLE compound file (the container of .doc and .xls), enough for its signature. */
const COMPOUND_FILE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");

async function xlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("A").addRow(["Xin chào"]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("documents by their bytes", () => {
  it("recognises PDF and XLSX whatever their name, and tells DOC from XLS by the extension only inside a compound file", async () => {
    expect(await sniffDocument(demoDraftPdf("A", []), "ten-sai.docx")).toEqual({ ext: "pdf", mime: "application/pdf" });
    expect((await sniffDocument(await xlsx(), "bang.pdf"))?.ext).toBe("xlsx");
    expect((await sniffDocument(COMPOUND_FILE, "cong-van.DOC"))?.ext).toBe("doc");
    expect((await sniffDocument(COMPOUND_FILE, "bang-ke.xls"))?.ext).toBe("xls");
    expect(await sniffDocument(COMPOUND_FILE, "bang-ke.pdf")).toBeNull();
  });

  it("refuses an image, a program or text renamed .pdf, an empty file and one over the cap, naming the file field", async () => {
    for (const data of [PNG, Buffer.from("MZ\x90\x00 a Windows program"), Buffer.from("<html><script>alert(1)</script>")]) {
      const refused = await checkDocumentUpload("van-ban.pdf", data).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ValidationError);
      expect((refused as ValidationError).fieldErrors.file?.[0]).toBe("Chỉ nhận tệp PDF, Word (DOC, DOCX), Excel (XLS, XLSX) hoặc ODT.");
    }
    const empty = (await checkDocumentUpload("a.pdf", Buffer.alloc(0)).catch((e: unknown) => e)) as ValidationError;
    expect(empty.fieldErrors.file?.[0]).toBe("Vui lòng chọn tệp văn bản.");
    const huge = Buffer.concat([demoDraftPdf("A", []), Buffer.alloc(MAX_DOCUMENT_BYTES)]);
    const tooLarge = (await checkDocumentUpload("a.pdf", huge).catch((e: unknown) => e)) as ValidationError;
    expect(tooLarge.fieldErrors.file?.[0]).toBe("Tệp vượt quá 20 MB.");
  });

  it("describes a file for readers in Vietnamese", () => {
    expect(describeFile({ mime: "application/pdf", size: 1_288_490 })).toBe("PDF · 1,2 MB");
    expect(describeFile({ mime: "application/vnd.ms-excel", size: 2048 })).toBe("Excel · 2 KB");
  });
});

describe("file names", () => {
  it("keep the uploader's Vietnamese name in NFC without folders or forbidden characters, with the proven extension", () => {
    const decomposed = "Dự thảo".normalize("NFD");
    expect(cleanFileName(`C:\\Users\\A\\${decomposed} "số 1".PDF`, "pdf")).toBe("Dự thảo số 1.pdf");
    expect(cleanFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(cleanFileName("bao-cao.exe", "pdf")).toBe("bao-cao.pdf");
    expect(cleanFileName("...", "docx")).toBe("tep-dinh-kem.docx");
    expect(cleanFileName(`${"Ư".repeat(300)}.pdf`, "pdf")).toBe(`${"Ư".repeat(200)}.pdf`);
  });

  it("store the bytes under a random name inside the media folder, by month", () => {
    const path = storedFilePath("xlsx", new Date("2026-12-08T03:00:00Z"));
    expect(path).toMatch(/^files\/2026\/12\/[0-9a-f]{32}\.xlsx$/);
    expect(resolveMediaPath(path)).not.toBeNull();
    expect(storedFilePath("pdf", new Date())).not.toBe(storedFilePath("pdf", new Date()));
  });

  it("download under their Vietnamese name with an ASCII fallback; only a PDF opens in the browser, sandboxed", () => {
    const pdf = documentResponse({ data: Buffer.from("%PDF-"), mime: "application/pdf", fileName: "Dự thảo Đề án.pdf" }, { inline: true });
    expect(pdf.headers.get("content-disposition")).toBe(
      `inline; filename="Du thao De an.pdf"; filename*=UTF-8''D%E1%BB%B1%20th%E1%BA%A3o%20%C4%90%E1%BB%81%20%C3%A1n.pdf`,
    );
    expect(pdf.headers.get("content-security-policy")).toBe("sandbox");
    expect(pdf.headers.get("x-content-type-options")).toBe("nosniff");
    const word = documentResponse({ data: Buffer.from("x"), mime: "application/msword", fileName: "a.doc" }, { inline: true });
    expect(word.headers.get("content-disposition")).toMatch(/^attachment;/);
    const personal = documentResponse({ data: Buffer.from("x"), mime: "text/csv; charset=utf-8", fileName: "gop-y.csv" }, { personal: true });
    expect(personal.headers.get("cache-control")).toBe("private, no-store");
  });
});

describe("the comments' CSV", () => {
  it("opens in Excel as UTF-8, quotes every cell, keeps line breaks, and never starts a cell with a formula", () => {
    const csv = commentsCsv({
      title: "Dự thảo",
      rows: [
        {
          number: 1,
          receivedAt: new Date("2026-12-07T17:30:00Z"),
          name: 'Nguyễn Văn "Tèo"',
          organisation: null,
          email: "teo@example.vn",
          phone: null,
          section: "-Điều 1",
          text: "@SUM(A1)\nDòng hai",
          status: "Chờ duyệt",
        },
      ],
    });
    expect(csv.startsWith('\uFEFF"STT","Thời gian gửi","Họ và tên"')).toBe(true);
    const [, row] = csv.slice(1).split("\r\n");
    // 17:30 UTC is 00:30 the next day in Vietnam.
    expect(row).toBe('"1","08/12/2026 00:30","Nguyễn Văn ""Tèo""","","teo@example.vn","","\'-Điều 1","\'@SUM(A1)\nDòng hai","Chờ duyệt"');
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});
