import { randomUUID } from "node:crypto";
import { normalizeLine } from "@/lib/text/vietnamese";
import type { DocumentExt } from "./sniff";

const MAX_NAME = 200;

/**
 * The name a file is downloaded under: the uploader's own Vietnamese name in NFC, without the folders
 * some browsers send, control characters or characters Windows refuses, and with the extension its
 * bytes proved (a "bao-cao.exe" that is a PDF downloads as "bao-cao.pdf").
 */
export function cleanFileName(uploaded: string, ext: DocumentExt): string {
  const base = normalizeLine(uploaded.split(/[\\/]/).pop() ?? "")
    .replace(/[<>:"|?*]/g, "")
    .replace(/^\.+/, "");
  const stem = base.replace(/\.[^.]*$/, "").trim() || "tep-dinh-kem";
  return `${[...stem].slice(0, MAX_NAME).join("")}.${ext}`;
}

/** Where the bytes live inside the media folder: a random name, so uploads never collide or overwrite. */
export function storedFilePath(ext: DocumentExt, at: Date): string {
  const month = at.toISOString().slice(0, 7).replace("-", "/");
  return `files/${month}/${randomUUID().replaceAll("-", "")}.${ext}`;
}
