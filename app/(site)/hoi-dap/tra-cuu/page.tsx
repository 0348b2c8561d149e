import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Breadcrumb } from "@/components/article/Breadcrumb";
import styles from "@/components/site/Questions.module.css";
import { normaliseTrackingCode, trackingPath } from "@/lib/questions/rules";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Tra cứu câu hỏi", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The tracking code typed by hand (GET ?ma=…): to the code's page, or the form again saying the code is not one. */
export default async function TrackingLookupPage({ searchParams }: Props) {
  const raw = (await searchParams).ma;
  const typed = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const code = typed ? normaliseTrackingCode(typed.slice(0, 40)) : null;
  if (code) redirect(trackingPath(code));
  return (
    <div>
      <Breadcrumb items={[{ name: "Hỏi đáp", href: "/hoi-dap" }]} />
      <h1 className={styles.title}>Tra cứu câu hỏi</h1>
      <form action="/hoi-dap/tra-cuu" method="get" className={styles.form}>
        <div className={styles.field}>
          <label htmlFor="ma-tra-cuu">Mã tra cứu (10 ký tự)</label>
          <input
            id="ma-tra-cuu"
            name="ma"
            type="text"
            autoComplete="off"
            maxLength={40}
            defaultValue={typed.slice(0, 40)}
            aria-invalid={typed ? true : undefined}
            aria-describedby={typed ? "ma-loi" : undefined}
          />
          {typed ? (
            <p id="ma-loi" className={styles.error}>
              Mã tra cứu không hợp lệ
            </p>
          ) : null}
        </div>
        <button type="submit" className={styles.submit}>
          Tra cứu
        </button>
      </form>
    </div>
  );
}
