import sharp from "sharp";
const [src, prefix, h] = process.argv.slice(2);
const meta = await sharp(src).metadata();
for (let i = 0, top = 0; top < Math.min(meta.height, 4 * Number(h)); i++, top += Number(h)) {
  await sharp(src)
    .extract({ left: 0, top, width: meta.width, height: Math.min(Number(h), meta.height - top) })
    .toFile(`${prefix}-${i}.png`);
}
