"use client";

import { useRouter } from "next/navigation";
import { MediaUploadForm } from "@/components/editor/MediaUploadForm";

export function MediaLibraryUpload() {
  const router = useRouter();
  return (
    <section aria-labelledby="upload-title">
      <h2 id="upload-title">Tải ảnh lên</h2>
      <MediaUploadForm onUploaded={() => router.refresh()} />
    </section>
  );
}
