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

/** The body node (or mark) with type T; one member of the union may stand for several types. */
type NodeOf<T extends BodyNode["type"]> = BodyNode & { type: T };
type MarkOf<T extends BodyMark["type"]> = BodyMark & { type: T };

/**
 * How each node type of the body is rendered, keyed by type: exactly the allow-list of
 * lib/articles/body.ts (the document itself is ArticleBody above; tests/unit/body-schema.test.ts).
 */
export const NODE_RENDERERS: { [T in BodyNode["type"]]: (node: NodeOf<T>, key: number) => ReactNode } = {
  text: (node, key) => <Fragment key={key}>{(node.marks ?? []).reduceRight<ReactNode>((inner, mark) => applyMark(inner, mark), node.text)}</Fragment>,
  paragraph: (node, key) => <p key={key}>{renderNodes(node.content)}</p>,
  heading: (node, key) => (node.attrs.level === 2 ? <h2 key={key}>{renderNodes(node.content)}</h2> : <h3 key={key}>{renderNodes(node.content)}</h3>),
  blockquote: (node, key) => <blockquote key={key}>{renderNodes(node.content)}</blockquote>,
  bulletList: (node, key) => <ul key={key}>{renderNodes(node.content)}</ul>,
  orderedList: (node, key) => {
    const start = node.attrs?.start;
    return (
      <ol key={key} start={start && start !== 1 ? start : undefined}>
        {renderNodes(node.content)}
      </ol>
    );
  },
  listItem: (node, key) => <li key={key}>{renderNodes(node.content)}</li>,
  hardBreak: (_node, key) => <br key={key} />,
  horizontalRule: (_node, key) => <hr key={key} />,
  image: (node, key) => {
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
  },
  table: (node, key) => (
    <div key={key} className="table-scroll">
      <table>
        <tbody>{renderNodes(node.content)}</tbody>
      </table>
    </div>
  ),
  tableRow: (node, key) => <tr key={key}>{renderNodes(node.content)}</tr>,
  tableHeader: (node, key) => (
    <th key={key} colSpan={node.attrs?.colspan} rowSpan={node.attrs?.rowspan}>
      {renderNodes(node.content)}
    </th>
  ),
  tableCell: (node, key) => (
    <td key={key} colSpan={node.attrs?.colspan} rowSpan={node.attrs?.rowspan}>
      {renderNodes(node.content)}
    </td>
  ),
};

/** How each mark type is rendered around its text, keyed by type (see NODE_RENDERERS). */
export const MARK_RENDERERS: { [T in BodyMark["type"]]: (inner: ReactNode, mark: MarkOf<T>) => ReactNode } = {
  bold: (inner) => <strong>{inner}</strong>,
  italic: (inner) => <em>{inner}</em>,
  underline: (inner) => <u>{inner}</u>,
  link: (inner, mark) =>
    SAFE_URL.test(mark.attrs.href) ? (
      <a href={mark.attrs.href} rel="noopener noreferrer nofollow">
        {inner}
      </a>
    ) : (
      inner
    ),
};

/** A type outside the allow-list (a parsed body has none) renders nothing; a mark's text stays. */
function renderNode(node: BodyNode, key: number): ReactNode {
  if (!Object.hasOwn(NODE_RENDERERS, node.type)) return null;
  return (NODE_RENDERERS[node.type] as (node: BodyNode, key: number) => ReactNode)(node, key);
}

function applyMark(inner: ReactNode, mark: BodyMark): ReactNode {
  if (!Object.hasOwn(MARK_RENDERERS, mark.type)) return inner;
  return (MARK_RENDERERS[mark.type] as (inner: ReactNode, mark: BodyMark) => ReactNode)(inner, mark);
}
