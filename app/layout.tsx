import type { Metadata, Viewport } from "next";
import "@fontsource/roboto/vietnamese-400.css";
import "@fontsource/roboto/vietnamese-700.css";
import "@fontsource/roboto/latin-400.css";
import "@fontsource/roboto/latin-700.css";
import "@fontsource/noto-serif/vietnamese-700.css";
import "@fontsource/noto-serif/latin-700.css";
import "./globals.css";
import { SITE_NAME } from "@/lib/site";

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s | ${SITE_NAME}` },
  description: "Tin tức, sự kiện, hoạt động của Đảng bộ tỉnh Nghệ An.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#a50e13" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>
        <a href="#noi-dung" className="skip-link">
          Bỏ qua để đến nội dung chính
        </a>
        {children}
      </body>
    </html>
  );
}
