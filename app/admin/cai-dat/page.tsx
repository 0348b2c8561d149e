import { IMAGE_CHOICES_ID, ImageChoices } from "@/components/admin/ImageChoices";
import type { Metadata } from "next";
import { TextField } from "@/components/admin/Field";
import { NoAccess } from "@/components/admin/NoAccess";
import { SettingsForm } from "@/components/admin/SettingsForm";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { getSiteSettings, SETTING_LABELS } from "@/lib/settings";
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
        <TextField label={SETTING_LABELS.siteName} name="siteName" defaultValue={settings.siteName} required maxLength={200} />
        <TextField label={SETTING_LABELS.tagline} name="tagline" defaultValue={settings.tagline} maxLength={200} />
        <TextField
          label={SETTING_LABELS.logoUrl}
          name="logoUrl"
          defaultValue={settings.logoUrl ?? ""}
          list={IMAGE_CHOICES_ID}
          hint="Chọn ảnh trong thư viện, hoặc nhập đường dẫn bắt đầu bằng / hay địa chỉ https://"
        />
        <h2>Chân trang</h2>
        <TextField label={SETTING_LABELS.agency} name="agency" defaultValue={settings.agency} />
        <TextField label={SETTING_LABELS.address} name="address" defaultValue={settings.address} />
        <TextField label={SETTING_LABELS.phone} name="phone" defaultValue={settings.phone} />
        <TextField label={SETTING_LABELS.email} name="email" type="email" defaultValue={settings.email} />
        <TextField label={SETTING_LABELS.responsiblePerson} name="responsiblePerson" defaultValue={settings.responsiblePerson} />
        <TextField label={SETTING_LABELS.licence} name="licence" defaultValue={settings.licence} />
      </SettingsForm>
    </section>
  );
}
