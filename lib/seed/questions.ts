import { bodyFromParagraphs, bodyToJson } from "@/lib/articles/body";
import type { Tx } from "@/lib/db";
import { contentHash } from "@/lib/public-forms";
import { normalizeLine, normalizeText } from "@/lib/text/vietnamese";
import { demoQuestions, questionTopics } from "@/prisma/seed/questions";

/**
 * The demo "Hỏi đáp": the topics and a dozen answered, published questions (prisma/seed/questions.ts).
 * Idempotent: topics are matched by slug, questions by their fixed demo tracking code (DEMQA00001…).
 */
export async function seedDemoQuestions(tx: Tx, answererId: number, now = new Date()): Promise<number> {
  const topicIds = new Map<string, number>();
  for (const [position, topic] of questionTopics.entries()) {
    const saved = await tx.questionTopic.upsert({
      where: { slug: topic.slug },
      create: { slug: topic.slug, name: topic.name, position },
      update: { name: topic.name, position },
      select: { id: true },
    });
    topicIds.set(topic.slug, saved.id);
  }
  for (const [index, question] of demoQuestions.entries()) {
    const code = `DEMQA${String(index + 1).padStart(5, "0")}`;
    const title = normalizeLine(question.title);
    const text = normalizeText(question.text);
    const asked = new Date(now.getTime() - question.daysAgo * 86_400_000 - 2 * 86_400_000);
    const answered = new Date(now.getTime() - question.daysAgo * 86_400_000);
    const data = {
      topicId: topicIds.get(question.topic)!,
      askerName: normalizeLine(question.name),
      originalTitle: title,
      originalText: text,
      title,
      text,
      answer: bodyToJson(bodyFromParagraphs(question.answer.map(normalizeText))),
      status: "PUBLISHED" as const,
      assignedUnit: question.unit,
      answeredById: answererId,
      answeredAt: answered,
      publishedAt: answered,
      contentHash: contentHash([title, text]),
      createdAt: asked,
    };
    await tx.question.upsert({ where: { code }, create: { code, ...data }, update: data });
  }
  return demoQuestions.length;
}
