import { isLibraryUrl } from "@/lib/media/urls";

/**
 * Where a body image comes from: this site's media library (the only images reader pages show), a
 * picture carried in its own address (`data:`, pasted from a document or a web page) or anywhere else
 * (another site, `//host/…`, a relative "x.png" of the page it was copied from).
 * Shared by the body schema (its refusal names the picture) and the editor (what a paste keeps).
 */
export type ImageSourceKind = "library" | "data" | "outside";

export function imageSourceKind(src: unknown): ImageSourceKind {
  if (isLibraryUrl(src)) return "library";
  return typeof src === "string" && /^data:/i.test(src.trim()) ? "data" : "outside";
}

/** The alt text given to a pasted picture that had none (the media library requires one); the editor asks to check it. */
export const PASTED_IMAGE_ALT = "Ảnh dán từ bộ nhớ tạm";

const MAX_NAME = 80;
const shortened = (text: string) => (text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text);

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A picture's address as a person recognises it: its file name and the site it is on ("a.png từ
 * elsewhere.example"), "ảnh nhúng data:image/png" for a `data:` image, "không có địa chỉ" for none.
 */
export function imageFileName(src: unknown): string {
  if (typeof src !== "string" || !src.trim()) return "không có địa chỉ";
  const address = src.trim();
  if (/^data:/i.test(address)) return `ảnh nhúng ${/^data:[^;,]*/i.exec(address)![0].toLowerCase()}`;
  const host = /^(?:[a-z][\w+.-]*:)?\/\/([^/?#]+)/i.exec(address)?.[1];
  const path = host ? address.slice(address.indexOf(host) + host.length) : address;
  const file = decoded(path.split(/[?#]/)[0]!.split("/").filter(Boolean).at(-1) ?? "");
  if (file && host) return shortened(`${file} từ ${host}`);
  return shortened(file || host || address);
}

/** "Ảnh thứ 3 (“Cầu Rồng”, a.png từ elsewhere.example)": a body image by its place, alt text and address. */
export function describeImage(position: number, alt: unknown, src: unknown): string {
  const text = typeof alt === "string" ? alt.trim() : "";
  return `Ảnh thứ ${position} (${[text ? `“${shortened(text)}”` : "", imageFileName(src)].filter(Boolean).join(", ")})`;
}

/** Why a body image that is not from the media library is refused. */
export function outsideImageMessage(position: number, alt: unknown, src: unknown): string {
  return `${describeImage(position, alt, src)} không thuộc thư viện ảnh: trang bài viết chỉ hiện ảnh của thư viện. Hãy tải ảnh lên thư viện rồi chèn lại, hoặc xoá ảnh đó.`;
}

const EXTENSIONS: Record<string, string> = { "image/jpeg": "jpg", "image/jpg": "jpg", "image/png": "png", "image/webp": "webp", "image/gif": "gif" };

/**
 * The bytes of a base64 `data:` image, its declared type and a file name for the upload; null for any
 * other address or one that does not decode. The media library still checks the bytes themselves.
 */
export function dataUrlImage(src: string): { type: string; name: string; bytes: Uint8Array<ArrayBuffer> } | null {
  const match = /^data:([\w.+-]+\/[\w.+-]+)?((?:;[\w.+-]+=[^;,]*)*);base64,([\s\S]*)$/i.exec(src.trim());
  if (!match) return null;
  const type = (match[1] ?? "application/octet-stream").toLowerCase();
  let binary: string;
  try {
    binary = atob(decoded(match[3]!).replace(/\s+/g, ""));
  } catch {
    return null;
  }
  if (!binary.length) return null;
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { type, name: `anh-dan.${EXTENSIONS[type] ?? "bin"}`, bytes };
}
