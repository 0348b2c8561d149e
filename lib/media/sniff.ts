/** Image type from the file's first bytes: the extension and the browser's claim are not trusted. */
export type ImageType = { mime: "image/jpeg" | "image/png" | "image/webp" | "image/gif"; ext: "jpg" | "png" | "webp" | "gif" };

export function sniffImage(data: Uint8Array): ImageType | null {
  const startsWith = (bytes: number[], offset = 0) => bytes.every((b, i) => data[offset + i] === b);
  const ascii = (text: string, offset = 0) =>
    startsWith(
      [...text].map((c) => c.charCodeAt(0)),
      offset,
    );
  if (startsWith([0xff, 0xd8, 0xff])) return { mime: "image/jpeg", ext: "jpg" };
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: "image/png", ext: "png" };
  if (ascii("GIF87a") || ascii("GIF89a")) return { mime: "image/gif", ext: "gif" };
  if (ascii("RIFF") && ascii("WEBP", 8)) return { mime: "image/webp", ext: "webp" };
  return null;
}
