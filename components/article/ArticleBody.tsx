import { Fragment, type ReactNode } from "react";
import { SAFE_URL, type ArticleBody as Body, type BodyMark, type BodyNode } from "@/lib/articles/body";
import { formatFigureCaption } from "@/lib/media/caption";
import { ARTICLE_IMAGE_SIZES } from "@/lib/media/urls";

/**
 * Renders a Tiptap JSON body to HTML on the server. Only the node and mark types listed here are
 * rendered, and only through React (which escapes text): no HTML from the editor is ever served.
 */
export function ArticleBody({ body }: { body: Body }) {
  return <div className="article-body">{renderNodes(body.content)}</div>;
}

function renderNodes(nodes: BodyNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, index) => renderNode(node, index));
}

function renderNode(node: BodyNode, key: number): ReactNode {
  switch (node.type) {
    case "text":
      return (
        <Fragment key={key}>
          {(node.marks ?? []).reduceRight<ReactNode>((inner, mark) => applyMark(inner, mark), node.text)}
        </Fragment>
      );
    case "paragraph":
      return <p key={key}>{renderNodes(node.content)}</p>;
    case "heading":
      return node.attrs.level === 2 ? <h2 key={key}>{renderNodes(node.content)}</h2> : <h3 key={key}>{renderNodes(node.content)}</h3>;
    case "blockquote":
      return <blockquote key={key}>{renderNodes(node.content)}</blockquote>;
    case "bulletList":
      return <ul key={key}>{renderNodes(node.content)}</ul>;
    case "orderedList": {
      const start = node.attrs?.start;
      return (
        <ol key={key} start={start && start !== 1 ? start : undefined}>
          {renderNodes(node.content)}
        </ol>
      );
    }
    case "listItem":
      return <li key={key}>{renderNodes(node.content)}</li>;
    case "hardBreak":
      return <br key={key} />;
    case "horizontalRule":
      return <hr key={key} />;
    case "image": {
      const caption = formatFigureCaption(node.attrs.title, node.attrs.credit);
      return (
        <figure key={key} className="article-figure">
          {/* eslint-disable-next-line @next/next/no-img-element -- body images carry the media library's renditions (srcset) */}
          <img
            src={node.attrs.src}
            srcSet={node.attrs.srcset ?? undefined}
            sizes={node.attrs.srcset ? ARTICLE_IMAGE_SIZES : undefined}
            width={node.attrs.width ?? undefined}
            height={node.attrs.height ?? undefined}
            alt={node.attrs.alt}
            loading="lazy"
            decoding="async"
          />
          {caption ? <figcaption>{caption}</figcaption> : null}
        </figure>
      );
    }
    case "table":
      return (
        <div key={key} className="table-scroll">
          <table>
            <tbody>{renderNodes(node.content)}</tbody>
          </table>
        </div>
      );
    case "tableRow":
      return <tr key={key}>{renderNodes(node.content)}</tr>;
    case "tableHeader":
      return (
        <th key={key} colSpan={node.attrs?.colspan} rowSpan={node.attrs?.rowspan}>
          {renderNodes(node.content)}
        </th>
      );
    case "tableCell":
      return (
        <td key={key} colSpan={node.attrs?.colspan} rowSpan={node.attrs?.rowspan}>
          {renderNodes(node.content)}
        </td>
      );
    default:
      return null;
  }
}

function applyMark(inner: ReactNode, mark: BodyMark): ReactNode {
  switch (mark.type) {
    case "bold":
      return <strong>{inner}</strong>;
    case "italic":
      return <em>{inner}</em>;
    case "underline":
      return <u>{inner}</u>;
    case "link":
      return SAFE_URL.test(mark.attrs.href) ? (
        <a href={mark.attrs.href} rel="noopener noreferrer nofollow">
          {inner}
        </a>
      ) : (
        inner
      );
    default:
      return inner;
  }
}
