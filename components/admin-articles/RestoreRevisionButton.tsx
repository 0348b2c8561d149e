"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { restoreRevision } from "@/components/editor/api";

/** Restores a revision as a new version; a newer save in between is reported, not overwritten. */
export function RestoreRevisionButton({ articleId, revisionId, expectedVersion }: { articleId: number; revisionId: number; expectedVersion: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const restore = async () => {
    if (!window.confirm("Khôi phục phiên bản này thành bản hiện tại?")) return;
    const answer = await restoreRevision(articleId, revisionId, expectedVersion);
    if (!answer.ok) return setError(answer.error ?? "Không khôi phục được.");
    router.push(`/admin/bai-viet/${articleId}`);
    router.refresh();
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void restore()}>
        Khôi phục
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </>
  );
}
