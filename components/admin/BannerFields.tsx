import { IMAGE_CHOICES_ID } from "./ImageChoices";
import { BANNER_SLOTS } from "@/lib/home/slots";
import { toVietnamLocal } from "@/lib/text/date";
import { Checkbox, SelectField, TextField } from "./Field";
import styles from "./Admin.module.css";

type Banner = {
  slot: string;
  imageUrl: string | null;
  linkUrl: string;
  alt: string;
  startsAt: Date | null;
  endsAt: Date | null;
  position: number;
  active: boolean;
};

const vietnamLocal = (date: Date | null) => (date ? toVietnamLocal(date) : "");

export function BannerFields({ banner }: { banner?: Banner }) {
  return (
    <>
      <SelectField label="Vị trí" name="slot" defaultValue={banner?.slot} options={BANNER_SLOTS.map((s) => ({ value: s.key, label: s.label }))} />
      <TextField
        label="Ảnh banner"
        name="imageUrl"
        defaultValue={banner?.imageUrl ?? ""}
        list={IMAGE_CHOICES_ID}
        hint="Chọn ảnh trong thư viện, hoặc nhập đường dẫn bắt đầu bằng / hay địa chỉ https://"
      />
      <TextField label="Liên kết" name="linkUrl" defaultValue={banner?.linkUrl} />
      <TextField label="Mô tả ảnh (alt)" name="alt" defaultValue={banner?.alt} />
      <div className={styles.grid}>
        <TextField label="Bắt đầu" name="startsAt" type="datetime-local" defaultValue={vietnamLocal(banner?.startsAt ?? null)} />
        <TextField label="Kết thúc" name="endsAt" type="datetime-local" defaultValue={vietnamLocal(banner?.endsAt ?? null)} />
        <TextField label="Thứ tự" name="position" type="number" defaultValue={banner?.position ?? 0} />
      </div>
      <Checkbox label="Đang bật" name="active" defaultChecked={banner?.active ?? true} />
    </>
  );
}
