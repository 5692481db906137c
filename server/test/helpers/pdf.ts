// Reading back the PDFs the hub prints, as a person would: the text on the page (pdf.js) and the
// QR codes in its images (decoded from the pixels with jsQR, not from what generated them).
import jsQR from 'jsqr';

// typescript-eslint does not read import attributes yet; tsc checks this type (CommonJS tests, ESM pdf.js).
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });
let pdfjs: Promise<PdfJs> | undefined;
const load = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

async function open(file: Buffer) {
  const lib = await load();
  return lib.getDocument({
    data: new Uint8Array(file),
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
}

/** Every page's text, items joined without separators (a line split into font runs reads whole). */
export async function pdfText(file: Buffer): Promise<string> {
  const doc = await open(file);
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''));
  }
  await doc.destroy();
  return pages.join('\n');
}

interface ImageData {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
  kind: number;
}

/** The text of every QR code drawn as an image on any page. */
export async function pdfQrCodes(file: Buffer): Promise<string[]> {
  const lib = await load();
  const doc = await open(file);
  const found: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const ops = await page.getOperatorList();
    for (let i = 0; i < ops.fnArray.length; i++) {
      if (ops.fnArray[i] !== lib.OPS.paintImageXObject) continue;
      const name = (ops.argsArray[i] as [string])[0];
      const img = await new Promise<ImageData>((resolve) => {
        page.objs.get(name, resolve);
      });
      const rgba = toRgba(img);
      const qr = jsQR(rgba, img.width, img.height);
      if (qr) found.push(qr.data);
    }
  }
  await doc.destroy();
  return found;
}

/** pdf.js hands images back as 1-bit grey (kind 1), RGB (2) or RGBA (3) rows; jsQR takes RGBA. */
function toRgba(img: ImageData): Uint8ClampedArray {
  const out = new Uint8ClampedArray(img.width * img.height * 4);
  const { data, kind, width } = img;
  for (let p = 0; p < img.width * img.height; p++) {
    let v: [number, number, number];
    if (kind === 3) v = [data[p * 4], data[p * 4 + 1], data[p * 4 + 2]];
    else if (kind === 2) v = [data[p * 3], data[p * 3 + 1], data[p * 3 + 2]];
    else {
      const rowBytes = (width + 7) >> 3;
      const x = p % width;
      const y = Math.floor(p / width);
      const bit = (data[y * rowBytes + (x >> 3)] >> (7 - (x & 7))) & 1;
      v = bit ? [255, 255, 255] : [0, 0, 0];
    }
    out.set([...v, 255], p * 4);
  }
  return out;
}
