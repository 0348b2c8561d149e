import { extractText, getDocumentProxy } from "unpdf";
import { normalizeText } from "@/lib/text/vietnamese";

/** More than any resolution or plan; beyond it the text is cut (search still finds the first pages). */
const MAX_TEXT = 500_000;

/**
 * The text layer of a PDF, read with the maintained `unpdf` (Mozilla's pdf.js for servers), for the
 * search: NFC, control characters dropped, runs of spaces joined. A scan without a text layer gives
 * "" (the file is still accepted, marked as a scan); a PDF that pdf.js cannot read gives null.
 */
export async function pdfText(data: Buffer): Promise<string | null> {
  try {
    const pdf = await getDocumentProxy(new Uint8Array(data));
    const { text } = await extractText(pdf, { mergePages: true });
    await pdf.destroy();
    return normalizeText(text.replace(/\s+/g, " ")).slice(0, MAX_TEXT);
  } catch {
    return null;
  }
}
