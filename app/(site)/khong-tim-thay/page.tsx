import { NOT_FOUND_METADATA } from "@/lib/site/metadata";
import SiteNotFound from "../not-found";

// proxy.ts answers reader addresses it knows are missing with this page and a 404 status. Rendered
// per request: a cached copy would be served again with the status of the render (200).
export const dynamic = "force-dynamic";

export const metadata = NOT_FOUND_METADATA;

export default SiteNotFound;
