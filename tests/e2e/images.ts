/**
 * Compares two screenshots pixel by pixel, decoded by the browser itself (no image library): the
 * share of pixels whose colour differs by more than a small tolerance, which absorbs anti-aliasing.
 */
import type { Page } from 'playwright-core';

export interface ImageDiff {
  width: number;
  height: number;
  /** Share of pixels that differ, 0..1; 1 when the sizes differ. */
  differing: number;
}

const COMPARE = `async ([a, b]) => {
  const load = (src) => new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = reject;
    img.src = src;
  });
  const pixels = (img) => {
    const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    return ctx.getImageData(0, 0, img.naturalWidth, img.naturalHeight).data;
  };
  const [x, y] = await Promise.all([load(a), load(b)]);
  if (x.naturalWidth !== y.naturalWidth || x.naturalHeight !== y.naturalHeight)
    return { width: x.naturalWidth, height: x.naturalHeight, differing: 1 };
  const p = pixels(x);
  const q = pixels(y);
  let differing = 0;
  for (let i = 0; i < p.length; i += 4) {
    const d = Math.max(Math.abs(p[i] - q[i]), Math.abs(p[i + 1] - q[i + 1]), Math.abs(p[i + 2] - q[i + 2]));
    if (d > 24) differing++;
  }
  return { width: x.naturalWidth, height: x.naturalHeight, differing: differing / (p.length / 4) };
}`;

/** `page`: any page that may load data: images (a blank tab will do). */
export async function compareImages(page: Page, a: Buffer, b: Buffer): Promise<ImageDiff> {
  const url = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;
  return page.evaluate(`(${COMPARE})(${JSON.stringify([url(a), url(b)])})`) as Promise<ImageDiff>;
}
