import { fileTypeFromBuffer } from "file-type";

/**
 * The document formats a portal publishes (drafts, legal documents), recognised by their bytes with
 * the maintained `file-type` signatures: the name and the browser's claim are not trusted. The old
 * Office formats (.doc, .xls) are both an OLE compound file; only there does the extension decide
 * between them, and it cannot turn anything else into a document.
 */
export const DOCUMENT_TYPES = {
  pdf: { mime: "application/pdf", label: "PDF" },
  doc: { mime: "application/msword", label: "Word" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word" },
  xls: { mime: "application/vnd.ms-excel", label: "Excel" },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel" },
  odt: { mime: "application/vnd.oasis.opendocument.text", label: "ODT" },
} as const;

export type DocumentExt = keyof typeof DOCUMENT_TYPES;
export type DocumentType = { ext: DocumentExt; mime: string };

const isDocumentExt = (ext: string): ext is DocumentExt => Object.hasOwn(DOCUMENT_TYPES, ext);

export async function sniffDocument(data: Uint8Array, fileName: string): Promise<DocumentType | null> {
  const found = await fileTypeFromBuffer(data);
  if (!found) return null;
  const ext = found.ext === "cfb" ? compoundFileExt(fileName) : found.ext;
  return ext && isDocumentExt(ext) ? { ext, mime: DOCUMENT_TYPES[ext].mime } : null;
}

function compoundFileExt(fileName: string): DocumentExt | null {
  const ext = fileName.toLowerCase().split(".").pop();
  return ext === "doc" || ext === "xls" ? ext : null;
}

/** "PDF · 1,2 MB": how a file is offered to readers. */
export function describeFile(file: { mime: string; size: number }): string {
  const type = Object.values(DOCUMENT_TYPES).find((t) => t.mime === file.mime);
  return `${type?.label ?? "Tệp"} · ${formatSize(file.size)}`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`;
}
