import { ValidationError } from "@/lib/errors";
import { sniffDocument, type DocumentType } from "./sniff";

/** A scanned resolution of a hundred pages fits; a video renamed .pdf does not. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const DOCUMENT_MESSAGES = {
  empty: "Vui lòng chọn tệp văn bản.",
  tooLarge: "Tệp vượt quá 20 MB.",
  wrongType: "Chỉ nhận tệp PDF, Word (DOC, DOCX), Excel (XLS, XLSX) hoặc ODT.",
} as const;

const invalid = (message: string) => new ValidationError(message, { file: [message] });

/** The one check every attached document passes: not empty, not over the cap, a known format by its bytes. */
export async function checkDocumentUpload(fileName: string, data: Buffer): Promise<DocumentType> {
  if (data.length === 0) throw invalid(DOCUMENT_MESSAGES.empty);
  if (data.length > MAX_DOCUMENT_BYTES) throw invalid(DOCUMENT_MESSAGES.tooLarge);
  const type = await sniffDocument(data, fileName);
  if (!type) throw invalid(DOCUMENT_MESSAGES.wrongType);
  return type;
}
