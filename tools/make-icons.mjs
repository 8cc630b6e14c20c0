// One-off: draws the app icons in public/icons/ from the site's mark (the white cross on the brand
// blue, as in public/favicon.svg) with sharp, which Astro already installs for its image service.
// The PNGs are committed; run this again only when the mark changes: `node tools/make-icons.mjs`.
// - icon-192.png, icon-512.png: the rounded square, for "any" purpose.
// - icon-maskable-512.png: full-bleed blue with the cross inside the central 80 % safe zone, so
//   a launcher may crop it to any shape.
import { mkdirSync } from 'node:fs';
import sharp from 'sharp';

const BLUE = '#174c99';
const CROSS = 'M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z';
const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${BLUE}"/><path d="${CROSS}" fill="#fff"/></svg>`;
// The cross spans 18 of 32 units; scaled by 0.7 around the centre it stays well inside the safe zone.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BLUE}"/><path d="${CROSS}" fill="#fff" transform="translate(16 16) scale(0.7) translate(-16 -16)"/></svg>`;

mkdirSync('public/icons', { recursive: true });
const draw = (svg, size, file) =>
  sharp(Buffer.from(svg), { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toFile(`public/icons/${file}`);
await draw(rounded, 192, 'icon-192.png');
await draw(rounded, 512, 'icon-512.png');
await draw(maskable, 512, 'icon-maskable-512.png');
console.log('Wrote public/icons/icon-192.png, icon-512.png, icon-maskable-512.png');
