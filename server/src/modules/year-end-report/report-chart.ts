// A bar chart as a PNG for the Word report, drawn pixel by pixel (pngjs): no browser, no native
// renderer, no system font. Values are written above the bars in a 5×7 digit font; the category
// names go in the caption table beside the chart, where they are text a reader can copy.
import { PNG } from 'pngjs';

const DIGITS: Record<string, string[]> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  '.': ['00000', '00000', '00000', '00000', '00000', '01100', '01100'],
  '%': ['11001', '11010', '00010', '00100', '01000', '01011', '10011'],
  '-': ['00000', '00000', '00000', '11111', '00000', '00000', '00000'],
};

type Rgb = [number, number, number];
const BAR: Rgb = [0x1f, 0x5f, 0xa8];
const PREV: Rgb = [0x9a, 0xb8, 0xd8];
const INK: Rgb = [0x22, 0x22, 0x22];

/**
 * Bars for each value (and, where given, last year's beside it in a lighter shade), scaled to the
 * largest; `labels` are the printed values (e.g. "12.5%").
 */
export function barChartPng(values: number[], labels: string[], previous?: number[]): Buffer {
  const width = 640;
  const height = 300;
  const png = new PNG({ width, height });
  png.data.fill(255);
  const set = (x: number, y: number, c: Rgb) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const i = (y * width + x) * 4;
    png.data[i] = c[0];
    png.data[i + 1] = c[1];
    png.data[i + 2] = c[2];
    png.data[i + 3] = 255;
  };
  const rect = (x0: number, y0: number, w: number, h: number, c: Rgb) => {
    for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) set(x, y, c);
  };
  const text = (s: string, x: number, y: number, scale = 2) => {
    [...s].forEach((ch, n) =>
      (DIGITS[ch] ?? []).forEach((row, r) =>
        [...row].forEach((bit, c) => {
          if (bit === '1') rect(x + (n * 6 + c) * scale, y + r * scale, scale, scale, INK);
        }),
      ),
    );
  };
  const base = height - 20;
  rect(20, base, width - 40, 2, INK);
  const max = Math.max(1e-9, ...values, ...(previous ?? []));
  const slot = (width - 40) / Math.max(1, values.length);
  values.forEach((v, i) => {
    const barW = Math.max(6, Math.floor(slot * (previous ? 0.35 : 0.6)));
    const x = Math.round(20 + slot * i + (slot - barW * (previous ? 2 : 1)) / 2);
    const h = Math.round((v / max) * (base - 40));
    if (previous) {
      const ph = Math.round((previous[i] / max) * (base - 40));
      rect(x, base - ph, barW, ph, PREV);
    }
    const bx = previous ? x + barW : x;
    rect(bx, base - h, barW, h, BAR);
    const label = labels[i] ?? '';
    text(label, Math.round(bx + barW / 2 - label.length * 6), base - h - 18);
  });
  return PNG.sync.write(png);
}
