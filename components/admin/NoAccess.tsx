import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

export function NoAccess({ message = "Chức năng này chỉ dành cho quản trị viên." }: { message?: string }) {
  return (
    <section>
      <h1>Không có quyền truy cập</h1>
      <p role="alert">{message}</p>
    </section>
  );
}

/** For an article the person may not see (a reporter opening a colleague's article). */
export const ARTICLE_NO_ACCESS = "Bạn không có quyền xem bài viết này: phóng viên chỉ xem được bài của chính mình.";

/**
 * A staff page's data, or null when the person may not see it (the page then renders <NoAccess />);
 * a record that does not exist is the 404 page.
 */
export function unlessForbidden<T>(load: Promise<T>): Promise<T | null> {
  return load.catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) return null;
    throw error;
  });
}
