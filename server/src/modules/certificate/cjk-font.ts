// Chinese text in generated PDFs, on a machine with no CJK system font: Noto Sans SC from the
// registry package @fontsource/noto-sans-sc, which pdfkit subset-embeds (only the glyphs used).
//
// Why this package: it is the well-kept one (Fontsource, updated with Google Fonts, OFL, ~56k
// downloads a month) and installs with `npm ci` alone. The packages carrying one full OTF/TTF
// (node-source-han-sans-sc: every weight, a 184 MB tarball, last built 2017) would add that weight
// to every install, and Debian's fonts-noto-cjk is not an npm dependency at all. The price of
// Fontsource is that each weight comes as ~100 unicode-range subsets: we read the ranges from the
// package's own CSS, split a string into runs by the subset covering each character, and register
// only the subset files a document uses. We embed the WOFF (1.0) twins, not the WOFF2 files:
// fontkit reads WOFF2 glyphs for drawing, but its TrueType subsetter copies raw `glyf` bytes, which
// WOFF2 stores transformed, so a WOFF2 source embeds broken outlines; WOFF 1.0 is plain zlib.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type Weight = 400 | 700;

interface Subset {
  file: string;
  ranges: Array<[number, number]>;
}

const packageDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
const subsets = new Map<Weight, Subset[]>();
const fontFiles = new Map<string, Buffer>();

/** The @font-face blocks of one weight: file and unicode-range, in the CSS's order. */
function subsetsOf(weight: Weight): Subset[] {
  const known = subsets.get(weight);
  if (known) return known;
  const css = readFileSync(join(packageDir, `${weight}.css`), 'utf8');
  const list: Subset[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((r): [number, number] => {
      const [lo, hi] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(lo, 16), parseInt(hi ?? lo, 16)];
    });
    list.push({ file, ranges });
  }
  subsets.set(weight, list);
  return list;
}

function subsetFor(weight: Weight, code: number): Subset | undefined {
  return subsetsOf(weight).find((s) => s.ranges.some(([lo, hi]) => code >= lo && code <= hi));
}

/** The WOFF bytes of one subset file (read once per process). */
export function fontFile(file: string): Buffer {
  let buf = fontFiles.get(file);
  if (!buf) {
    buf = readFileSync(join(packageDir, 'files', file));
    fontFiles.set(file, buf);
  }
  return buf;
}

/**
 * `text` cut into runs each drawn with one subset file (a character no subset covers stays with
 * the run before it: the font shows its missing-glyph box rather than dropping it silently).
 */
export function runs(text: string, weight: Weight): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  for (const ch of text) {
    const file = subsetFor(weight, ch.codePointAt(0)!)?.file ?? out.at(-1)?.file ?? subsetsOf(weight)[0].file;
    const last = out.at(-1);
    if (last && last.file === file) last.text += ch;
    else out.push({ file, text: ch });
  }
  return out;
}
