import { IMAGE_CHOICES_ID, ImageChoices } from "@/components/admin/ImageChoices";
import type { Metadata } from "next";
import { TextField } from "@/components/admin/Field";
import { NoAccess } from "@/components/admin/NoAccess";
import { SettingsForm } from "@/components/admin/SettingsForm";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { getSiteSettings } from "@/lib/settings";
import { settingsVersion } from "@/lib/settings/update";

export const metadata: Metadata = { title: "Cài đặt" };

export default async function SettingsPage() {
  const user = await requireStaff("/admin/cai-dat");
  if (!can(user, "settings.manage")) return <NoAccess />;
  const [settings, version] = await Promise.all([getSiteSettings(), settingsVersion()]);
  return (
    <section>
      <h1>Cài đặt cổng thông tin</h1>
      <ImageChoices />
      <SettingsForm version={version}>
        <TextField label="Tên cổng thông tin" name="siteName" defaultValue={settings.siteName} required maxLength={200} />
        <TextField label="Dòng phụ trên đầu trang" name="tagline" defaultValue={settings.tagline} maxLength={200} />
        <TextField label="Logo" name="logoUrl" defaultValue={settings.logoUrl ?? ""} list={IMAGE_CHOICES_ID}
            hint="Chọn ảnh trong thư viện, hoặc nhập đường dẫn bắt đầu bằng / hay địa chỉ https://" />
        <h2>Chân trang</h2>
        <TextField label="Cơ quan chủ quản" name="agency" defaultValue={settings.agency} />
        <TextField label="Địa chỉ" name="address" defaultValue={settings.address} />
        <TextField label="Điện thoại" name="phone" defaultValue={settings.phone} />
        <TextField label="Email liên hệ" name="email" type="email" defaultValue={settings.email} />
        <TextField label="Người chịu trách nhiệm nội dung" name="responsiblePerson" defaultValue={settings.responsiblePerson} />
        <TextField label="Giấy phép" name="licence" defaultValue={settings.licence} />
      </SettingsForm>
    </section>
  );
}
