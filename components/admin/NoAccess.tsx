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
