import { documentGuidPath, documentPath, DOCUMENTS_FEED_PATH, DOCUMENTS_PATH } from "@/lib/documents/rules";
import { rssChannelDocument, xmlResponse } from "@/lib/feeds/xml";
import { cachedDocumentFeed, cachedSettings } from "@/lib/site/reader-data";
import { absoluteUrl } from "@/lib/site/url";

export const dynamic = "force-dynamic";

/** /van-ban/rss.xml: the newest published documents, from the data cache (expired when one is published). */
export async function GET(request: Request) {
  const [settings, documents] = await Promise.all([cachedSettings(), cachedDocumentFeed()]);
  const body = rssChannelDocument(
    { title: `Văn bản - ${settings.siteName}`, description: "Văn bản chỉ đạo, điều hành mới ban hành", path: DOCUMENTS_PATH, selfPath: DOCUMENTS_FEED_PATH },
    documents.map((d) => ({
      title: `${d.type.name} số ${d.number}`,
      link: documentPath(d),
      guid: absoluteUrl(documentGuidPath(d.id)),
      description: d.summary,
      category: d.issuingBody.name,
      creator: d.signerName,
      date: d.publishedAt,
    })),
  );
  return xmlResponse(request, body, "application/rss+xml; charset=utf-8");
}
