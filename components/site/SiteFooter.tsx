import { getSiteSettings } from "@/lib/settings";

export async function SiteFooter() {
  const settings = await getSiteSettings();
  return (
    <footer className="site-footer">
      <p className="footer-name">{settings.siteName}</p>
      <p>{settings.agency}</p>
      <p>Địa chỉ: {settings.address}</p>
      <p>
        Điện thoại: {settings.phone} · Email: {settings.email}
      </p>
      <p>{settings.responsiblePerson}</p>
      <p>{settings.licence}</p>
    </footer>
  );
}
