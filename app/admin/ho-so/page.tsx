import { IMAGE_CHOICES_ID, ImageChoices } from "@/components/admin/ImageChoices";
import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/ActionForm";
import styles from "@/components/admin/Admin.module.css";
import { TextArea, TextField } from "@/components/admin/Field";
import { PasswordForm } from "@/components/admin/PasswordForm";
import { SignOutEverywhereButton } from "@/components/auth/SignOutButton";
import { getOwnProfile } from "@/lib/people/profile";
import { requireStaff } from "@/lib/people/session";
import { updateProfileAction } from "./actions";

export const metadata: Metadata = { title: "Hồ sơ của tôi" };

type Props = { searchParams: Promise<{ "doi-mat-khau"?: string }> };

export default async function ProfilePage({ searchParams }: Props) {
  const user = await requireStaff("/admin/ho-so");
  const [profile, params] = await Promise.all([getOwnProfile(user), searchParams]);
  return (
    <section>
      <h1>Hồ sơ của tôi</h1>
      <ImageChoices />
      {params["doi-mat-khau"] ? (
        <p role="status" className={styles.success}>
          Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.
        </p>
      ) : null}
      <div className={styles.section}>
        <h2>Hồ sơ tác giả</h2>
        <ActionForm action={updateProfileAction} submitLabel="Lưu hồ sơ" testId="profile-form">
          <TextField label="Họ tên" name="displayName" defaultValue={profile.displayName} required maxLength={120} />
          <TextField label="Đường dẫn trang tác giả" name="slug" defaultValue={profile.slug} hint="Trang công khai: /tac-gia/<đường dẫn>" />
          <TextArea label="Giới thiệu" name="bio" defaultValue={profile.bio} maxLength={2000} />
          <TextField
            label="Ảnh đại diện"
            name="avatar"
            defaultValue={profile.avatar ?? ""}
            list={IMAGE_CHOICES_ID}
            hint="Chọn ảnh trong thư viện, hoặc nhập đường dẫn bắt đầu bằng / hay địa chỉ https://"
          />
        </ActionForm>
      </div>
      <div className={styles.section}>
        <h2>Đổi mật khẩu</h2>
        <PasswordForm />
      </div>
      <div className={styles.section}>
        <h2>Phiên đăng nhập</h2>
        <p>
          Nút “Đăng xuất” chỉ kết thúc phiên trên thiết bị đang dùng. Nếu bạn quên đăng xuất trên máy khác hoặc nghi ngờ lộ mật khẩu, hãy kết thúc mọi phiên.
        </p>
        <SignOutEverywhereButton />
      </div>
    </section>
  );
}
