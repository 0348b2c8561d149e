import { Checkbox, SelectField, TextArea, TextField } from "./Field";

type Option = { id: number; name: string; depth: number };
type Values = {
  name: string;
  slug: string;
  parentId: number | null;
  description: string;
  showInMenu: boolean;
  seoTitle: string | null;
  seoDescription: string | null;
};

export function CategoryFields({ values, parents }: { values?: Values; parents: Option[] }) {
  return (
    <>
      <TextField label="Tên chuyên mục" name="name" defaultValue={values?.name} required maxLength={120} />
      <TextField
        label="Đường dẫn"
        name="slug"
        defaultValue={values?.slug}
        hint="Để trống để tạo từ tên. Đổi đường dẫn sẽ tự chuyển hướng (301) từ địa chỉ cũ."
      />
      <SelectField
        label="Chuyên mục cha"
        name="parentId"
        defaultValue={values?.parentId ? String(values.parentId) : ""}
        options={[{ value: "", label: "— Cấp gốc —" }, ...parents.map((p) => ({ value: String(p.id), label: `${"— ".repeat(p.depth - 1)}${p.name}` }))]}
        hint="Cây chuyên mục tối đa 3 cấp."
      />
      <TextArea label="Mô tả" name="description" defaultValue={values?.description} />
      <Checkbox label="Hiển thị trên menu" name="showInMenu" defaultChecked={values?.showInMenu ?? true} />
      <TextField label="Tiêu đề SEO" name="seoTitle" defaultValue={values?.seoTitle ?? ""} maxLength={200} />
      <TextArea label="Mô tả SEO" name="seoDescription" defaultValue={values?.seoDescription ?? ""} maxLength={400} />
    </>
  );
}
