import { describe, expect, it } from "vitest";
import { tagsFor } from "@/lib/cache/tags";
import { can } from "@/lib/people/policy";
import { contentHash } from "@/lib/public-forms/duplicate";
import { honeypotFilled, HONEYPOT_FIELD } from "@/lib/public-forms/honeypot";
import { formSigningSecret } from "@/lib/public-forms/secret";
import { checkTimeToken, issueTimeToken, MAX_AGE_MS, MIN_FILL_MS } from "@/lib/public-forms/time-token";
import { newTrackingCode, normaliseTrackingCode, submissionSchema } from "@/lib/questions/rules";

describe("the honeypot", () => {
  it("is empty for a person and filled by a bot", () => {
    expect(honeypotFilled({})).toBe(false);
    expect(honeypotFilled({ [HONEYPOT_FIELD]: "" })).toBe(false);
    expect(honeypotFilled({ [HONEYPOT_FIELD]: "   " })).toBe(false);
    expect(honeypotFilled({ [HONEYPOT_FIELD]: "http://spam.example" })).toBe(true);
    expect(honeypotFilled({ [HONEYPOT_FIELD]: ["a"] })).toBe(true);
  });
});

describe("the form-issued time token", () => {
  const shown = new Date("2026-12-07T08:00:00Z");
  const later = (ms: number) => new Date(shown.getTime() + ms);

  it("passes after the least fill time and before it expires", () => {
    const token = issueTimeToken("question", shown);
    expect(checkTimeToken("question", token, later(MIN_FILL_MS))).toEqual({ ok: true });
    expect(checkTimeToken("question", token, later(MAX_AGE_MS))).toEqual({ ok: true });
  });

  it("refuses a post too soon, too late, from another form, altered or missing", () => {
    const token = issueTimeToken("question", shown);
    expect(checkTimeToken("question", token, later(MIN_FILL_MS - 1))).toEqual({ ok: false, reason: "too-fast" });
    expect(checkTimeToken("question", token, later(MAX_AGE_MS + 1))).toEqual({ ok: false, reason: "expired" });
    expect(checkTimeToken("comment", token, later(10_000))).toEqual({ ok: false, reason: "forged" });
    // An earlier time with the signature of the real one: the signature covers the time.
    const [issued, signature] = token.split(".");
    expect(checkTimeToken("question", `${Number(issued) - 60_000}.${signature}`, later(10_000))).toEqual({ ok: false, reason: "forged" });
    expect(checkTimeToken("question", "", later(10_000))).toEqual({ ok: false, reason: "missing" });
    expect(checkTimeToken("question", undefined, later(10_000))).toEqual({ ok: false, reason: "missing" });
    expect(checkTimeToken("question", "abc", later(10_000))).toEqual({ ok: false, reason: "forged" });
  });

  it("signs with AUTH_SECRET, or a random key of this process when there is none", () => {
    expect(formSigningSecret({ AUTH_SECRET: "s3cret" })).toBe("s3cret");
    const fallback = formSigningSecret({});
    expect(fallback).toHaveLength(43);
    expect(formSigningSecret({})).toBe(fallback);
  });
});

describe("the duplicate hash", () => {
  it("is the same for the same words in other accents, case, spacing and punctuation", () => {
    const hash = contentHash(["Thủ tục cấp giấy chứng nhận", "Xin hỏi thủ tục gồm những gì?"]);
    expect(contentHash(["THỦ TỤC CẤP GIẤY   CHỨNG NHẬN", "xin hoi thu tuc gom nhung gi"])).toBe(hash);
    // NFD input (decomposed accents) is the same text.
    expect(contentHash(["Thủ tục cấp giấy chứng nhận".normalize("NFD"), "Xin hỏi thủ tục gồm những gì?"])).toBe(hash);
    expect(contentHash(["Thủ tục cấp giấy chứng nhận", "Xin hỏi thủ tục gồm những gì khác?"])).not.toBe(hash);
    // The parts stay apart: moving a word from the title into the text is another submission.
    expect(contentHash(["a b", "c"])).not.toBe(contentHash(["a", "b c"]));
  });
});

describe("tracking codes", () => {
  it("are 10 unambiguous base32 characters, read back whatever the case, spaces or look-alike letters", () => {
    const codes = new Set(Array.from({ length: 1000 }, newTrackingCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(normaliseTrackingCode("abcd-efgh 12")).toBe("ABCDEFGH12");
    expect(normaliseTrackingCode("O0IL1abcde")).toBe("00111ABCDE");
    expect(normaliseTrackingCode("short")).toBeNull();
    expect(normaliseTrackingCode("UUUUUUUUUU")).toBeNull();
  });
});

describe("the question form's fields", () => {
  it("needs an e-mail or a phone, and keeps HTML as typed text (NFC)", () => {
    const base = { name: "An", topicId: "1", title: "<b>Tiêu đề</b>", text: "Nội dung".normalize("NFD") };
    expect(submissionSchema.safeParse({ ...base, email: "", phone: "" }).success).toBe(false);
    const parsed = submissionSchema.parse({ ...base, email: "", phone: "0912.345.678" });
    expect(parsed).toMatchObject({ phone: "0912345678", title: "<b>Tiêu đề</b>", text: "Nội dung" });
  });
});

describe("policy and cache for questions", () => {
  it("lets editors and admins moderate and see personal data, admins manage topics, reporters neither", () => {
    for (const action of ["questions.moderate", "questions.viewPersonal"] as const) {
      expect(can({ id: 1, role: "EDITOR" }, action)).toBe(true);
      expect(can({ id: 1, role: "ADMIN" }, action)).toBe(true);
      expect(can({ id: 1, role: "REPORTER" }, action)).toBe(false);
    }
    expect(can({ id: 1, role: "EDITOR" }, "questions.topics")).toBe(false);
    expect(can({ id: 1, role: "ADMIN" }, "questions.topics")).toBe(true);
  });

  it("expires the questions' pages only for a public change", () => {
    expect(tagsFor({ kind: "question", questionId: 7, public: false })).toEqual([]);
    expect(tagsFor({ kind: "question", questionId: 7, public: true })).toEqual(["question:7", "questions"]);
    expect(tagsFor({ kind: "questionTopics" })).toEqual(["questions"]);
  });
});
