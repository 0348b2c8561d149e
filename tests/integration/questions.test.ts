import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", async () => (await import("../support/next-cache")).nextCacheRecordingInto(revalidated));

import { bodyFromParagraphs } from "@/lib/articles/body";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, RateLimitError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/people/policy";
import { HONEYPOT_FIELD, issueTimeToken, TIME_TOKEN_FIELD } from "@/lib/public-forms";
import { getQuestionForStaff, listQuestionQueue, moderateQuestion } from "@/lib/questions/admin";
import { getPublishedQuestion, listPublishedQuestions, trackQuestion } from "@/lib/questions/public";
import { QUESTION_FORM, QUESTION_THROTTLE } from "@/lib/questions/rules";
import { submitQuestion } from "@/lib/questions/submit";

let editor: Actor;
let reporter: Actor;
let topicId: number;
let otherTopicId: number;
let seq = 0;

beforeAll(async () => {
  const make = (role: "EDITOR" | "REPORTER") =>
    db.user.create({ data: { email: `qa-${role}@example.vn`, displayName: role, slug: `qa-${role.toLowerCase()}`, passwordHash: "x", role } });
  editor = { id: (await make("EDITOR")).id, role: "EDITOR" };
  reporter = { id: (await make("REPORTER")).id, role: "REPORTER" };
  topicId = (await db.questionTopic.create({ data: { name: "Đất đai", slug: "dat-dai" } })).id;
  otherTopicId = (await db.questionTopic.create({ data: { name: "Y tế", slug: "y-te" } })).id;
});

beforeEach(() => {
  revalidated.length = 0;
});

/** A form as the page shows it, opened 10 seconds ago. */
function form(fields: Record<string, unknown> = {}) {
  seq += 1;
  return {
    name: "Nguyễn Văn A",
    email: `nguoi-${seq}@example.vn`,
    phone: "",
    topicId: String(topicId),
    title: `Câu hỏi số ${seq} về đất đai`,
    text: `Nội dung câu hỏi số ${seq}: thủ tục cấp giấy chứng nhận quyền sử dụng đất.`,
    [HONEYPOT_FIELD]: "",
    [TIME_TOKEN_FIELD]: issueTimeToken(QUESTION_FORM, new Date(Date.now() - 10_000)),
    ...fields,
  };
}

const address = () => `10.0.${Math.floor(seq / 250)}.${seq % 250}`;

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error,
  );
}

async function moderate(id: number, fields: Record<string, unknown>, actor: Actor | null = editor) {
  const row = await db.question.findUniqueOrThrow({ where: { id } });
  return moderateQuestion(actor, {
    id: String(id),
    expectedUpdatedAt: row.updatedAt.toISOString(),
    intent: "save",
    topicId: String(row.topicId),
    title: row.title,
    text: row.text,
    answer: row.answer ? JSON.stringify(row.answer) : "",
    assignedUnit: row.assignedUnit ?? "",
    assigneeId: row.assigneeId ? String(row.assigneeId) : "",
    refusalReason: row.refusalReason ?? "",
    ...fields,
  });
}

const answer = (text: string) => JSON.stringify(bodyFromParagraphs([text]));

describe("a reader's question", () => {
  it("is stored before the code is returned, and its code's page follows it through every state", async () => {
    const sent = form({ email: "Hoi.Dap@Example.VN", phone: "0912 345 678" });
    const { code, duplicate } = await submitQuestion(sent, { address: address() });
    expect(duplicate).toBe(false);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    const stored = await db.question.findUniqueOrThrow({ where: { code } });
    expect(stored).toMatchObject({ status: "NEW", email: "hoi.dap@example.vn", phone: "0912345678", originalTitle: sent.title, title: sent.title });
    expect(await db.auditLog.count({ where: { action: "question.create", entityId: String(stored.id) } })).toBe(1);
    // Sending a question expires no cached page.
    expect(revalidated).toEqual([]);

    expect(await trackQuestion(code.toLowerCase())).toMatchObject({ code, status: "NEW", answer: null, publishedId: null });
    await moderate(stored.id, { assignedUnit: "Sở Tài nguyên và Môi trường" });
    expect((await trackQuestion(code))!.status).toBe("ASSIGNED");
    expect(revalidated).toEqual([]);
    await moderate(stored.id, { answer: answer("Hồ sơ nộp tại bộ phận một cửa.") });
    expect((await trackQuestion(code))!.status).toBe("ANSWERED");
    expect(await getPublishedQuestion(stored.id)).toBeNull();
    // The wording edited before publishing; the reader's kept.
    await moderate(stored.id, { intent: "publish", title: "Thủ tục cấp giấy chứng nhận quyền sử dụng đất" });
    const tracked = await trackQuestion(code);
    expect(tracked).toMatchObject({ status: "PUBLISHED", publishedId: stored.id, title: "Thủ tục cấp giấy chứng nhận quyền sử dụng đất" });
    expect(revalidated).toEqual(expect.arrayContaining([`question:${stored.id}`, "questions"]));
    const after = await db.question.findUniqueOrThrow({ where: { id: stored.id } });
    expect(after).toMatchObject({ originalTitle: sent.title, answeredById: editor.id });
    expect(
      await db.auditLog.findMany({ where: { entity: "Question", entityId: String(stored.id) }, select: { action: true }, orderBy: { id: "asc" } }),
    ).toEqual([{ action: "question.create" }, { action: "question.update" }, { action: "question.update" }, { action: "question.publish" }]);
  });

  it("shows a refusal with its reason at the code's page, and a refusal needs a reason", async () => {
    const { code } = await submitQuestion(form(), { address: address() });
    const { id } = await db.question.findUniqueOrThrow({ where: { code } });
    const noReason = await refusal(moderate(id, { intent: "refuse" }));
    expect(noReason).toBeInstanceOf(ValidationError);
    expect((noReason as ValidationError).fieldErrors.refusalReason).toBeDefined();
    await moderate(id, { intent: "refuse", refusalReason: "Nội dung không thuộc thẩm quyền của tỉnh." });
    expect(await trackQuestion(code)).toMatchObject({ status: "REFUSED", refusalReason: "Nội dung không thuộc thẩm quyền của tỉnh." });
  });

  it("refuses publishing without an answer, naming the field", async () => {
    const { code } = await submitQuestion(form(), { address: address() });
    const { id } = await db.question.findUniqueOrThrow({ where: { code } });
    const error = await refusal(moderate(id, { intent: "publish" }));
    expect((error as ValidationError).fieldErrors.answer).toEqual(["Vui lòng viết câu trả lời trước khi đăng"]);
  });

  it("names an empty or oversized field, and keeps HTML as text", async () => {
    const empty = await refusal(submitQuestion(form({ name: "  ", title: "", text: "", email: "", phone: "" }), { address: address() }));
    expect(empty).toBeInstanceOf(ValidationError);
    expect(Object.keys((empty as ValidationError).fieldErrors).sort()).toEqual(["email", "name", "text", "title"]);
    const long = await refusal(submitQuestion(form({ text: "a".repeat(5_001), title: "b".repeat(201) }), { address: address() }));
    expect((long as ValidationError).fieldErrors).toEqual({
      text: ["Nội dung câu hỏi không được dài quá 5.000 ký tự"],
      title: ["Tiêu đề câu hỏi không được dài quá 200 ký tự"],
    });
    const badEmail = await refusal(submitQuestion(form({ email: "khong-phai-email" }), { address: address() }));
    expect((badEmail as ValidationError).fieldErrors.email).toEqual(["E-mail không hợp lệ"]);

    const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const { code } = await submitQuestion(form({ title: `Câu hỏi ${script}`, text: `Nội dung ${script}` }), { address: address() });
    const stored = await db.question.findUniqueOrThrow({ where: { code } });
    expect(stored.title).toBe(`Câu hỏi ${script}`);
  });

  it("refuses the honeypot filled, a missing, forged or too quick time token", async () => {
    const bot = await refusal(submitQuestion(form({ [HONEYPOT_FIELD]: "http://spam.example" }), { address: address() }));
    expect(bot).toBeInstanceOf(ValidationError);
    const missing = await refusal(submitQuestion(form({ [TIME_TOKEN_FIELD]: "" }), { address: address() }));
    expect((missing as ValidationError).message).toMatch(/tải lại trang/);
    const [issued] = issueTimeToken(QUESTION_FORM, new Date(Date.now() - 10_000)).split(".");
    const forged = await refusal(submitQuestion(form({ [TIME_TOKEN_FIELD]: `${issued}.${"A".repeat(43)}` }), { address: address() }));
    expect((forged as ValidationError).message).toMatch(/tải lại trang/);
    const otherForm = await refusal(
      submitQuestion(form({ [TIME_TOKEN_FIELD]: issueTimeToken("comment", new Date(Date.now() - 10_000)) }), { address: address() }),
    );
    expect(otherForm).toBeInstanceOf(ValidationError);
    const quick = await refusal(submitQuestion(form({ [TIME_TOKEN_FIELD]: issueTimeToken(QUESTION_FORM) }), { address: address() }));
    expect((quick as ValidationError).message).toMatch(/quá nhanh/);
    const old = await refusal(
      submitQuestion(form({ [TIME_TOKEN_FIELD]: issueTimeToken(QUESTION_FORM, new Date(Date.now() - 25 * 3600_000)) }), { address: address() }),
    );
    expect((old as ValidationError).message).toMatch(/quá lâu/);
  });

  it("detects a duplicate: the same sender gets the same code back, someone else is refused", async () => {
    const first = form({ email: "trung@example.vn" });
    const { code } = await submitQuestion(first, { address: address() });
    const again = await submitQuestion(
      { ...form({ email: "TRUNG@example.vn" }), title: first.title.toUpperCase(), text: `  ${first.text.replace("đất", "dat")}!! ` },
      { address: address() },
    );
    expect(again).toEqual({ code, duplicate: true });
    const other = await refusal(submitQuestion({ ...form(), title: first.title, text: first.text }, { address: address() }));
    expect(other).toBeInstanceOf(ConflictError);
  });
});

describe("throttling", () => {
  it("refuses 1,000 questions from one address after the limit, with a Vietnamese 429, in a bounded number of rows", async () => {
    const ip = "203.0.113.7";
    const results: ("ok" | "throttled" | "other")[] = [];
    for (let i = 0; i < 1000; i++) {
      try {
        await submitQuestion(form(), { address: ip });
        results.push("ok");
      } catch (error) {
        if (error instanceof RateLimitError) {
          results.push("throttled");
          if (i === QUESTION_THROTTLE.addressLimit) {
            expect(error.status).toBe(429);
            expect(error.message).toMatch(/^Bạn đã gửi quá nhiều lần trong thời gian ngắn\. Vui lòng thử lại sau \d+ phút\.$/);
            expect(error.retryAfterSeconds).toBeGreaterThan(3000);
          }
        } else results.push("other");
      }
    }
    expect(results.filter((r) => r === "ok")).toHaveLength(QUESTION_THROTTLE.addressLimit);
    expect(results.slice(QUESTION_THROTTLE.addressLimit).every((r) => r === "throttled")).toBe(true);
    expect(await db.publicFormAttempt.count({ where: { key: `ip:${ip}` } })).toBe(QUESTION_THROTTLE.addressLimit);
    expect(await db.publicFormAttempt.count()).toBeLessThan(200);
  }, 120_000);

  it("limits one e-mail from many addresses too, and counts before checking (a bot's bad forms use up its tries)", async () => {
    const email = "mot-nguoi@example.vn";
    for (let i = 0; i < QUESTION_THROTTLE.contactLimit; i++)
      await refusal(submitQuestion(form({ email, [HONEYPOT_FIELD]: "x" }), { address: `198.51.100.${i}` }));
    const refused = await refusal(submitQuestion(form({ email }), { address: "198.51.100.200" }));
    expect(refused).toBeInstanceOf(RateLimitError);
  });

  it("serialises a burst: simultaneous posts get no more through than the limit", async () => {
    const ip = "192.0.2.50";
    const outcomes = await Promise.allSettled(Array.from({ length: 25 }, () => submitQuestion(form(), { address: ip })));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(QUESTION_THROTTLE.addressLimit);
  });
});

describe("staff and permissions", () => {
  it("refuses a reporter (403) and nobody signed in (401), changing nothing", async () => {
    const { code } = await submitQuestion(form(), { address: address() });
    const before = await db.question.findUniqueOrThrow({ where: { code } });
    expect(await refusal(moderate(before.id, { intent: "publish", answer: answer("Trả lời") }, reporter))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(moderate(before.id, { intent: "publish", answer: answer("Trả lời") }, null))).toBeInstanceOf(UnauthenticatedError);
    expect(await refusal(getQuestionForStaff(reporter, before.id))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(listQuestionQueue(reporter, "NEW"))).toBeInstanceOf(ForbiddenError);
    expect(await db.question.findUniqueOrThrow({ where: { code } })).toEqual(before);
  });

  it("shows the sender's e-mail and phone to an editor only, auditing every reading, and never to readers", async () => {
    const { code } = await submitQuestion(form({ email: "rieng-tu@example.vn", phone: "0987654321" }), { address: address() });
    const { id } = await db.question.findUniqueOrThrow({ where: { code } });
    const staffView = await getQuestionForStaff(editor, id);
    expect(staffView.personal).toEqual({ email: "rieng-tu@example.vn", phone: "0987654321" });
    expect(await db.auditLog.count({ where: { action: "question.view_personal", entityId: String(id), userId: editor.id } })).toBe(1);
    await moderate(id, { intent: "publish", answer: answer("Câu trả lời công khai.") });
    const publicViews = [
      await getPublishedQuestion(id),
      await trackQuestion(code),
      await listPublishedQuestions({ topicId: null, q: "", page: 1 }),
      await listPublishedQuestions({ topicId: null, q: "rieng-tu", page: 1 }),
    ];
    for (const view of publicViews) {
      const json = JSON.stringify(view);
      expect(json).not.toContain("rieng-tu@example.vn");
      expect(json).not.toContain("0987654321");
      expect(json).not.toMatch(/"(email|phone)"/);
    }
  });

  it("refuses the second of two moderators saving the same version (409), keeping the first's save", async () => {
    const { code } = await submitQuestion(form(), { address: address() });
    const row = await db.question.findUniqueOrThrow({ where: { code } });
    const base = {
      id: String(row.id),
      expectedUpdatedAt: row.updatedAt.toISOString(),
      intent: "save",
      topicId: String(row.topicId),
      title: row.title,
      text: row.text,
      answer: "",
      assignedUnit: "",
      assigneeId: "",
      refusalReason: "",
    };
    await moderateQuestion(editor, { ...base, assignedUnit: "Sở Y tế" });
    const second = await refusal(moderateQuestion(editor, { ...base, assignedUnit: "Sở Xây dựng" }));
    expect(second).toBeInstanceOf(ConflictError);
    expect((await db.question.findUniqueOrThrow({ where: { id: row.id } })).assignedUnit).toBe("Sở Y tế");
  });
});

describe("/hoi-dap", () => {
  it("lists published questions newest first, by topic, and finds them with diacritics ignored", async () => {
    const publish = async (title: string, text: string, topic: number, reply: string) => {
      const { code } = await submitQuestion(form({ title, text, topicId: String(topic) }), { address: address() });
      const { id } = await db.question.findUniqueOrThrow({ where: { code } });
      await moderate(id, { intent: "publish", answer: answer(reply) });
      return id;
    };
    const older = await publish("Tiêm chủng mở rộng cho trẻ", "Có mất phí không?", otherTopicId, "Miễn phí tại trạm y tế xã.");
    const newer = await publish("Khám bảo hiểm y tế trái tuyến", "Được hưởng bao nhiêu?", otherTopicId, "Theo mức hưởng của thẻ khi điều trị nội trú.");
    const byTopic = await listPublishedQuestions({ topicId: otherTopicId, q: "", page: 1 });
    expect(byTopic.questions.map((q) => q.id)).toEqual([newer, older]);
    expect((await listPublishedQuestions({ topicId: otherTopicId, q: "tiem chung", page: 1 })).questions.map((q) => q.id)).toEqual([older]);
    // Words of the answer are found too.
    expect((await listPublishedQuestions({ topicId: null, q: "dieu tri noi tru", page: 1 })).questions.map((q) => q.id)).toEqual([newer]);
    expect((await listPublishedQuestions({ topicId: topicId, q: "tiem chung", page: 1 })).total).toBe(0);
  });
});
