// Draws the toolbar icon (a white check in a blue rounded square) as PNGs in public/icon/.
// Run once after changing the design; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function pixel(x, y) {
  // Unit square coordinates; rounded square background, check mark stroke.
  const r = 0.22;
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  if (Math.hypot(qx, qy) > r) return [0, 0, 0, 0];
  const check = Math.min(distanceToSegment(x, y, [0.26, 0.52], [0.43, 0.69]), distanceToSegment(x, y, [0.43, 0.69], [0.75, 0.33]));
  return check < 0.075 ? [255, 255, 255, 255] : [26, 115, 232, 255];
}

function png(size) {
  const ss = 4;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let i = 0; i < ss; i++)
        for (let j = 0; j < ss; j++) {
          const p = pixel((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
          for (let k = 0; k < 4; k++) acc[k] += p[k] * (k < 3 ? p[3] / 255 : 1);
        }
      const a = acc[3] / (ss * ss);
      row.push(...[0, 1, 2].map((k) => (a ? Math.round(acc[k] / (ss * ss) / (a / 255)) : 0)), Math.round(a));
    }
    rows.push(Buffer.from(row));
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

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
console.log('public/icon/{16,32,48,128}.png written');
