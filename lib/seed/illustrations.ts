import sharp from "sharp";

/**
 * Demo illustrations drawn at seed time: plain SVG cards in the portal's red and gold, rendered to PNG
 * with sharp, so that the demo site has featured images and portraits without shipping photographs.
 * Each card says what it is ("Ảnh minh hoạ"), so nobody mistakes it for a photo of the event.
 * Text uses whatever serif font the system has (DejaVu, Liberation, Noto…); without one the card
 * is still a coloured card, and its alt text carries the meaning.
 */

const RED = "#a50e13";
const RED_DARK = "#6e080c";
const GOLD = "#f5c400";
const GOLD_SOFT = "#f7dc6f";
const FONT = "'Noto Serif', 'DejaVu Serif', 'Liberation Serif', 'Times New Roman', serif";

/** Bump when the drawings change: new fingerprints mean new files (and fresh caches). */
const DESIGN_VERSION = 1;

/** The library key of a category's card (bulk articles reuse the cards of their top-level category). */
export const categoryImageKey = (slug: string) => `chuyen-muc/${slug}`;
export const portraitImageKey = (slug: string) => `lanh-dao/${slug}`;

/** The credit of every demo illustration, printed "Ảnh: Minh hoạ" under it. */
export const ILLUSTRATION_CREDIT = "Minh hoạ";

export type Drawing = { svg: string; fingerprint: string; render: () => Promise<Buffer> };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** Greedy word wrap by an estimate of the glyph width (serif capitals and diacritics included). */
function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && (last + " " + word).length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/[\s,.;:]+$/, "")}…`;
  }
  return lines;
}

/** The Đông Sơn drum's sun: a star in rings of rays, the motif of the cards (variant turns it). */
function drumMotif(cx: number, cy: number, radius: number, variant: number, opacity: number): string {
  const rays = 14;
  const turn = (variant % 7) * (360 / rays / 7);
  const star = Array.from({ length: rays * 2 }, (_, i) => {
    const angle = ((i * 180) / rays + turn) * (Math.PI / 180);
    const r = i % 2 === 0 ? radius * 0.34 : radius * 0.12;
    return `${(cx + r * Math.cos(angle)).toFixed(1)},${(cy + r * Math.sin(angle)).toFixed(1)}`;
  }).join(" ");
  const rings = [0.42, 0.58, 0.74, 0.9, 1]
    .map(
      (f, i) =>
        `<circle cx="${cx}" cy="${cy}" r="${(radius * f).toFixed(1)}" fill="none" stroke="${GOLD}" stroke-width="${i % 2 ? 3 : 6}" ${i === 2 ? 'stroke-dasharray="4 14"' : ""}/>`,
    )
    .join("");
  return `<g opacity="${opacity}"><polygon points="${star}" fill="${GOLD}"/>${rings}</g>`;
}

function svgToPng(svg: string): () => Promise<Buffer> {
  // Not palette-quantised: the background gradient would band.
  return () => sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}

function drawing(svg: string): Drawing {
  return { svg, fingerprint: `v${DESIGN_VERSION}\n${svg}`, render: svgToPng(svg) };
}

/**
 * A 16:9 card (1600×900, so that it gets every resized variant) naming a category. The text keeps
 * clear of the sides, which the lists' 3:2 thumbnails crop.
 */
export function categoryCard(input: { category: string; variant?: number }): Drawing {
  const width = 1600;
  const height = 900;
  const variant = input.variant ?? 0;
  const lines = wrap(input.category.toLocaleUpperCase("vi"), 22, 3);
  const size = lines.length > 2 ? 64 : 76;
  const top = height / 2 - ((lines.length - 1) * size * 1.25) / 2 + size * 0.35;
  const title = lines
    .map((line, i) => `<text x="190" y="${(top + i * size * 1.25).toFixed(0)}" font-size="${size}" font-weight="700" fill="#fff">${escapeXml(line)}</text>`)
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${RED}"/><stop offset="1" stop-color="${RED_DARK}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#bg)"/>
${drumMotif(1290 - (variant % 3) * 40, 450 + ((variant % 5) - 2) * 30, 520, variant, 0.22)}
<rect x="40" y="40" width="${width - 80}" height="${height - 80}" fill="none" stroke="${GOLD}" stroke-width="4"/>
<rect x="56" y="56" width="${width - 112}" height="${height - 112}" fill="none" stroke="${GOLD}" stroke-width="1.5" opacity="0.7"/>
<rect x="190" y="150" width="96" height="8" fill="${GOLD}"/>
<text x="190" y="130" font-size="34" letter-spacing="6" fill="${GOLD_SOFT}">ẢNH MINH HOẠ</text>
${title}
<text x="190" y="${height - 84}" font-size="26" fill="#fff" opacity="0.75">Dữ liệu mẫu — không phải ảnh thật</text>
</svg>`;
  return drawing(svg);
}

/** A 3:4 portrait card (600×800): a stylised figure over the drum motif, with the name under it. */
export function portraitCard(input: { name: string; variant?: number }): Drawing {
  const width = 600;
  const height = 800;
  const lines = wrap(input.name, 20, 2);
  const name = lines
    .map((line, i) => `<text x="300" y="${648 + i * 46}" font-size="40" font-weight="700" text-anchor="middle" fill="#fff">${escapeXml(line)}</text>`)
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${RED}"/><stop offset="1" stop-color="${RED_DARK}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#bg)"/>
${drumMotif(300, 300, 300, input.variant ?? 0, 0.2)}
<circle cx="300" cy="250" r="80" fill="${GOLD_SOFT}" opacity="0.9"/>
<path d="M145 580 C145 450 215 360 300 360 C385 360 455 450 455 580 Z" fill="${GOLD_SOFT}" opacity="0.9"/>
<rect x="0" y="580" width="${width}" height="${height - 580}" fill="${RED_DARK}" opacity="0.85"/>
<rect x="24" y="24" width="${width - 48}" height="${height - 48}" fill="none" stroke="${GOLD}" stroke-width="4"/>
<line x1="250" y1="602" x2="350" y2="602" stroke="${GOLD}" stroke-width="4"/>
${name}
<text x="300" y="${lines.length > 1 ? 752 : 712}" font-size="22" letter-spacing="3" text-anchor="middle" fill="${GOLD_SOFT}">ẢNH CHÂN DUNG MINH HOẠ</text>
</svg>`;
  return drawing(svg);
}
