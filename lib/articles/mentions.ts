import { db } from "@/lib/db";

/**
 * Officials whose full name appears in the text ("Thái Thanh Quý" in the body suggests him).
 * Matching is on NFC text, case-insensitive, on whole words, so "Quý" alone suggests nobody.
 */
export function findMentionedOfficials(text: string, officials: { id: number; fullName: string }[]): number[] {
  const haystack = ` ${text.normalize("NFC").toLocaleLowerCase("vi")} `;
  return officials
    .filter((official) => {
      const name = official.fullName.normalize("NFC").toLocaleLowerCase("vi").trim();
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

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
