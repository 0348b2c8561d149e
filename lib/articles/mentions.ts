import { db } from "@/lib/db";
import { foldDiacritics } from "@/lib/text/vietnamese";

/**
 * Officials whose full name appears in the text ("Thái Thanh Quý" in the body suggests him), on whole
 * words, so "Quý" alone suggests nobody. Name and text are compared folded as search folds them
 * (foldDiacritics): case, tone-mark placement ("Hoà"/"Hòa") and typing without diacritics
 * ("nguyen van hoa") make no difference, nor how the words are spaced (a no-break space pasted from
 * Word, two spaces, a line break inside the name).
 */
export function findMentionedOfficials(text: string, officials: { id: number; fullName: string }[]): number[] {
  const haystack = ` ${comparable(text)} `;
  return officials
    .filter((official) => {
      const name = comparable(official.fullName).trim();
      if (!name) return false;
      const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}(?=$|[^\\p{L}\\p{N}])`, "u");
      return pattern.test(haystack);
    })
    .map((official) => official.id);
}

export async function suggestOfficials(text: string): Promise<number[]> {
  const officials = await db.official.findMany({ select: { id: true, fullName: true } });
  return findMentionedOfficials(text, officials);
}

const comparable = (value: string) => foldDiacritics(value).replace(/\s+/gu, " ");

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
