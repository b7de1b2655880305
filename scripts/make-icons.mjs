// Renders resources/icons/icon.svg into the PNGs and the Windows .ico that electron-builder uses.
// Needs rsvg-convert (Debian/Ubuntu: apt-get install -y librsvg2-bin). The outputs are committed,
// so building the app never needs this script: run it only after changing icon.svg.
//   node scripts/make-icons.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '..', 'resources', 'icons');
const svg = join(dir, 'icon.svg');
const linuxSizes = [16, 32, 48, 64, 128, 256, 512];
const icoSizes = [16, 24, 32, 48, 64, 128, 256];

function render(size, out) {
  execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), '-o', out, svg]);
  return readFileSync(out);
}

/** An .ico holding PNG images (Windows Vista and later read these; 256 px is required). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

try {
  execFileSync('rsvg-convert', ['--version'], { stdio: 'ignore' });
} catch {
  console.error('rsvg-convert not found: apt-get install -y librsvg2-bin');
  process.exit(1);
}

mkdirSync(join(dir, 'png'), { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'icons-'));
const pngs = new Map();
for (const size of new Set([...linuxSizes, ...icoSizes])) {
  const out = linuxSizes.includes(size)
    ? join(dir, 'png', `${size}x${size}.png`)
    : join(scratch, `${size}.png`);
  pngs.set(size, render(size, out));
}
rmSync(scratch, { recursive: true, force: true });
writeFileSync(join(dir, 'icon.png'), pngs.get(512));
writeFileSync(join(dir, 'icon.ico'), ico(icoSizes.map((size) => ({ size, png: pngs.get(size) }))));
console.log(`Icons written to ${dir}`);
