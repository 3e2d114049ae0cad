/**
 * Draws the toolbar icon as PNGs at build time (a magnifier over a droplet), so the repository holds no
 * binary images and every size is sharp.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage of a pixel by a shape, sampled 4x4 for smooth edges. */
function coverage(size: number, x: number, y: number, inside: (u: number, v: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

export function iconPng(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const disc = coverage(size, x, y, (u, v) => (u - 0.5) ** 2 + (v - 0.5) ** 2 <= 0.235);
      const drop = coverage(size, x, y, (u, v) => {
        const dy = v - 0.56;
        return (
          (u - 0.5) ** 2 + dy ** 2 <= 0.032 || (v < 0.56 && v > 0.22 && Math.abs(u - 0.5) < (v - 0.22) * 0.52)
        );
      });
      const a = disc;
      const white = drop * disc;
      const o = 1 + x * 4;
      row[o] = Math.round(190 * (1 - white) + 255 * white);
      row[o + 1] = Math.round(24 * (1 - white) + 255 * white);
      row[o + 2] = Math.round(93 * (1 - white) + 255 * white);
      row[o + 3] = Math.round(255 * a);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
