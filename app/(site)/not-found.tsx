import { NotFoundMessage } from "@/components/site/NotFoundMessage";

export default function SiteNotFound() {
  return (
    <div className="not-found">
      <NotFoundMessage />
    </div>
  );
}
