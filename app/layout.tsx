import type { Metadata, Viewport } from "next";
import "@fontsource/roboto/vietnamese-400.css";
import "@fontsource/roboto/vietnamese-700.css";
import "@fontsource/roboto/latin-400.css";
import "@fontsource/roboto/latin-700.css";
import "@fontsource/noto-serif/vietnamese-700.css";
import "@fontsource/noto-serif/latin-700.css";
import "./globals.css";
import { DEFAULT_SITE_SETTINGS } from "@/lib/settings";

export const metadata: Metadata = {
  title: { default: DEFAULT_SITE_SETTINGS.siteName, template: `%s | ${DEFAULT_SITE_SETTINGS.siteName}` },
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
