export function NoAccess() {
  return (
    <section>
      <h1>Không có quyền truy cập</h1>
      <p role="alert">Chức năng này chỉ dành cho quản trị viên.</p>
    </section>
  );
}
