import { describe, expect, it } from "vitest";
import { documentsHref, parseDocumentFilters } from "@/lib/documents/filters";
import { looksLikeNumber, numberKey } from "@/lib/documents/number";
import { documentPath, documentSlug, parseDocumentParam } from "@/lib/documents/rules";
import { documentStatus, statusLabel } from "@/lib/documents/status";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

describe("a document's number and symbol", () => {
  it("has one key however it is written: separators, case, spaces and Đ", () => {
    for (const typed of ["12-NQ/TU", "12/NQ-TU", "12 nq tu", "12.NQ.TU", " 12-NQ / TU "]) expect(numberKey(typed), typed).toBe("12NQTU");
    expect(numberKey("1234/QĐ-UBND")).toBe(numberKey("1234/QD-UBND"));
    expect(numberKey("45/2024/NQ-HĐND")).toBe("452024NQHDND");
    expect(numberKey("12-NQ/TU")).not.toBe(numberKey("12-NQ/TW"));
  });

  it("is told from words: a run with digits and letters, or written with a slash", () => {
    expect(looksLikeNumber("12-NQ/TU")).toBe(true);
    expect(looksLikeNumber("12 NQ/TU")).toBe(true);
    expect(looksLikeNumber("1234/QĐ-UBND")).toBe(true);
    expect(looksLikeNumber("nghị quyết 12")).toBe(false);
    expect(looksLikeNumber("du lịch")).toBe(false);
    expect(looksLikeNumber("2024")).toBe(false);
  });
});

describe("the status rule", () => {
  const document = { issuedOn: day("2025-01-10"), effectiveOn: day("2025-02-01"), expiresOn: day("2026-01-01") };
  const acting = (kind: "AMENDS" | "REPLACES" | "REPEALS" | "GUIDES", effective: string, number = "2-NQ/TU") => ({
    kind,
    number,
    issuedOn: day(effective),
    effectiveOn: null,
    expiresOn: null,
  });

  it("follows the dates: not yet in effect, in effect, expired from the expiry day", () => {
    expect(documentStatus(document, [], day("2025-01-31")).status).toBe("PENDING");
    expect(documentStatus(document, [], day("2025-02-01")).status).toBe("IN_FORCE");
    expect(documentStatus(document, [], day("2025-12-31")).status).toBe("IN_FORCE");
    expect(documentStatus(document, [], day("2026-01-01")).status).toBe("EXPIRED");
  });

  it("follows the documents acting on it once they are in effect; amending or guiding changes nothing", () => {
    const today = day("2025-06-01");
    expect(statusLabel(documentStatus(document, [acting("REPLACES", "2025-05-01", "15-NQ/TU")], today))).toBe("Bị thay thế bởi 15-NQ/TU");
    expect(documentStatus(document, [acting("REPLACES", "2025-07-01")], today).status).toBe("IN_FORCE");
    expect(documentStatus(document, [acting("REPEALS", "2025-05-01")], today).status).toBe("EXPIRED");
    expect(documentStatus(document, [acting("AMENDS", "2025-05-01"), acting("GUIDES", "2025-05-01")], today).status).toBe("IN_FORCE");
    // Replaced wins over repealed or expired: the reader learns what holds now.
    expect(documentStatus(document, [acting("REPEALS", "2025-03-01"), acting("REPLACES", "2025-04-01")], day("2026-02-01")).status).toBe("REPLACED");
  });
});

describe("addresses", () => {
  it("are /van-ban/<slug>-<id>, the slug without diacritics, the id deciding", () => {
    const slug = documentSlug("Quyết định", "1234/QĐ-UBND", "Phê duyệt Đề án du lịch");
    expect(slug).toBe("quyet-dinh-1234-qd-ubnd-phe-duyet-de-an-du-lich");
    expect(documentPath({ id: 7, slug })).toBe(`/van-ban/${slug}-7`);
    expect(parseDocumentParam(`${slug}-7`)).toEqual({ slug, id: 7 });
    expect(parseDocumentParam("7")).toEqual({ slug: "", id: 7 });
    expect(parseDocumentParam("khong-co-so")).toBeNull();
  });

  it("carry the list's filters, which combine and read back the same", () => {
    const filters = parseDocumentFilters({
      q: "12-NQ/TU",
      loai: "nghi-quyet",
      "co-quan": "tinh-uy",
      "linh-vuc": "Kinh tế",
      nam: "2025",
      "hieu-luc": "con-hieu-luc",
      trang: "2",
    });
    expect(filters).toEqual({ q: "12-NQ/TU", type: "nghi-quyet", body: "tinh-uy", field: "Kinh tế", year: 2025, status: "IN_FORCE", page: 2 });
    const href = documentsHref(filters, { page: 3 });
    expect(href).toBe("/van-ban?q=12-NQ%2FTU&loai=nghi-quyet&co-quan=tinh-uy&linh-vuc=Kinh+t%E1%BA%BF&nam=2025&hieu-luc=con-hieu-luc&trang=3");
    expect(parseDocumentFilters(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual({ ...filters, page: 3 });
    expect(documentsHref(parseDocumentFilters({}))).toBe("/van-ban");
  });
});
