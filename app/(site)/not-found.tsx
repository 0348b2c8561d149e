import { NotFoundMessage } from "@/components/site/NotFoundMessage";
import { NOT_FOUND_METADATA } from "@/lib/site/metadata";

export const metadata = NOT_FOUND_METADATA;

export default function SiteNotFound() {
  return (
    <div className="not-found">
      <NotFoundMessage />
    </div>
  );
}
