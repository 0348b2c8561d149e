import { ImageChoices } from "@/components/admin/ImageChoices";
import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/ActionForm";
import styles from "@/components/admin/Admin.module.css";
import { BannerFields } from "@/components/admin/BannerFields";
import { SelectField, TextField } from "@/components/admin/Field";
import { NoAccess } from "@/components/admin/NoAccess";
import { getHomeAdminData } from "@/lib/home/admin";
import { HOME_SLOTS } from "@/lib/home/slots";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { deleteBannerAction, saveBannerAction, setCategoryBlocksAction, setHomeSlotAction } from "./actions";

export const metadata: Metadata = { title: "Trang chủ" };

export default async function HomeAdminPage() {
  const user = await requireStaff("/admin/trang-chu");
  if (!can(user, "home.feature")) return <NoAccess />;
  const { slots, articles, banners, categories } = await getHomeAdminData();
  return (
    <section>
      <h1>Quản lý trang chủ</h1>
      <ImageChoices />
      <div className={styles.section}>
        <h2>Tin nổi bật</h2>
        <div className={styles.stack}>
          {HOME_SLOTS.map((slot) => {
            const current = slots.find((s) => s.key === slot.key)?.article ?? null;
            const options = current && !articles.some((a) => a.id === current.id) ? [current, ...articles] : articles;
            return (
              <ActionForm key={slot.key} action={setHomeSlotAction} submitLabel="Lưu" testId={`slot-${slot.key}`}>
                <input type="hidden" name="key" value={slot.key} />
                <SelectField
                  label={slot.label}
                  name="articleId"
                  defaultValue={current ? String(current.id) : ""}
                  options={[{ value: "", label: "— Tự động: tin mới nhất —" }, ...options.map((a) => ({ value: String(a.id), label: a.title }))]}
                />
              </ActionForm>
            );
          })}
        </div>
      </div>
      {can(user, "home.manage") ? (
        <div className={styles.section}>
          <h2>Thứ tự các khối chuyên mục</h2>
          <p className={styles.muted}>Số nhỏ hiện trước; để trống để không hiện khối của chuyên mục đó trên trang chủ.</p>
          <ActionForm action={setCategoryBlocksAction} submitLabel="Lưu thứ tự khối" testId="category-blocks">
            <div className={styles.grid}>
              {categories.map((category) => (
                <TextField
                  key={category.id}
                  label={category.name}
                  name={`block[${category.id}]`}
                  type="number"
                  min={0}
                  defaultValue={category.homePosition ?? ""}
                />
              ))}
            </div>
          </ActionForm>
        </div>
      ) : null}
      {can(user, "banners.manage") ? (
        <div className={styles.section}>
          <h2>Banner</h2>
          {banners.map((banner) => (
            <div key={banner.id} className={styles.row} data-testid={`banner-${banner.id}`}>
              <ActionForm action={saveBannerAction} submitLabel="Lưu banner">
                <input type="hidden" name="id" value={banner.id} />
                <input type="hidden" name="expectedUpdatedAt" value={banner.updatedAt.toISOString()} />
                <BannerFields banner={banner} />
              </ActionForm>
              <ActionForm action={deleteBannerAction} submitLabel="Xoá banner" confirm={`Xoá banner "${banner.alt}"?`}>
                <input type="hidden" name="id" value={banner.id} />
              </ActionForm>
            </div>
          ))}
          <h3>Thêm banner</h3>
          <ActionForm action={saveBannerAction} submitLabel="Thêm banner" resetOnSuccess testId="new-banner">
            <BannerFields />
          </ActionForm>
        </div>
      ) : null}
    </section>
  );
}
