// The certificate as a PDF (A4, pdfkit): the snapshot's facts in Chinese, set in Noto Sans SC
// subsets embedded with only the glyphs used, and a QR code of the public verification address.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { fontFile, runs, type Weight } from './cjk-font';
import type { CertificateFacts } from './certificate.types';

export interface CertificatePrint {
  code: string;
  issuedAt: Date;
  facts: CertificateFacts;
  /** Absolute address of the verification page for this code (what the QR code holds). */
  verifyUrl: string;
  /** Where someone types the short code instead. */
  verifyHome: string;
  revokedAt?: Date | null;
}

type Doc = InstanceType<typeof PDFDocument>;

const cityDate = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const zhDate = (iso: string | null) => {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const h = (n: number) => `${n.toFixed(1)} 小时`;

/** Writes `text` in Noto Sans SC, switching subset files within the line as characters need. */
function write(
  doc: Doc,
  used: Set<string>,
  text: string,
  o: {
    weight?: Weight;
    size?: number;
    x?: number;
    y?: number;
    width?: number;
    align?: 'left' | 'center' | 'right';
  } = {},
) {
  const parts = runs(text || ' ', o.weight ?? 400);
  doc.fontSize(o.size ?? 11);
  parts.forEach((part, i) => {
    if (!used.has(part.file)) {
      doc.registerFont(part.file, fontFile(part.file));
      used.add(part.file);
    }
    doc.font(part.file);
    const last = i === parts.length - 1;
    const opts = { continued: !last, width: o.width, align: o.align, lineGap: 3 };
    if (i === 0 && o.x !== undefined) doc.text(part.text, o.x, o.y, opts);
    else doc.text(part.text, opts);
  });
}

/** Two-column rows (label, value) with a rule under the header. */
function table(doc: Doc, used: Set<string>, head: [string, string], rows: Array<[string, string]>) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const row = (cells: [string, string], weight: Weight) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 40) doc.addPage();
    const y = doc.y;
    write(doc, used, cells[0], { weight, size: 10, x: left, y, width: width * 0.7 });
    const after = doc.y;
    write(doc, used, cells[1], { weight, size: 10, x: left + width * 0.7, y, width: width * 0.3, align: 'right' });
    doc.y = Math.max(after, doc.y);
    doc.x = left;
  };
  row(head, 700);
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(0.5)
    .stroke();
  doc.moveDown(0.2);
  for (const r of rows) row(r, 400);
  doc.moveDown(0.6);
}

export async function renderCertificatePdf(c: CertificatePrint): Promise<Buffer> {
  const f = c.facts;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 60, right: 60 },
    lang: 'zh-CN',
    info: { Title: `志愿服务记录证明 ${c.code}`, Author: f.issuer, Subject: f.name },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const used = new Set<string>();
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  write(doc, used, '志愿服务记录证明', { weight: 700, size: 22, x: left, y: 56, width, align: 'center' });
  doc.moveDown(0.3);
  write(doc, used, `证明编号：${c.code}`, { size: 10, x: left, y: doc.y, width, align: 'center' });
  if (c.revokedAt)
    write(doc, used, `本证明已于${zhDate(cityDate(c.revokedAt))}撤销`, {
      weight: 700,
      size: 12,
      x: left,
      y: doc.y,
      width,
      align: 'center',
    });
  doc.moveDown(1);

  const period = f.periodFrom ? `自${zhDate(f.periodFrom)}至${zhDate(f.periodTo)}` : '至今';
  write(
    doc,
    used,
    `兹证明 ${f.name}（身份证号：${f.maskedIdNumber}）${period}参加志愿服务，经核实累计志愿服务时长 ${h(f.totalHours)}，参加服务活动 ${f.eventCount} 次，现为 ${f.starLevel} 星级志愿者。`,
    { size: 12, x: left, y: doc.y, width },
  );
  doc.moveDown(0.6);
  write(doc, used, `注册单位：${f.registeredWith.join('、') || '—'}`, { x: left, y: doc.y, width });
  write(doc, used, `服务单位：${f.servedWith.join('、') || '—'}`, { x: left, y: doc.y, width });
  doc.moveDown(0.8);

  table(
    doc,
    used,
    ['年度', '志愿服务时长'],
    f.hoursByYear.map((r) => [`${r.year}年`, h(r.hours)]),
  );
  table(
    doc,
    used,
    ['服务类型', '志愿服务时长'],
    f.hoursByServiceType.map((r) => [r.serviceType, h(r.hours)]),
  );
  const more = f.eventCount > f.events.length ? `（最近 ${f.events.length} 次，共 ${f.eventCount} 次）` : '';
  table(
    doc,
    used,
    [`参加的服务活动${more}`, '时长'],
    f.events.map((e) => [`${e.date}  ${e.title}（${e.organiser}）`, h(e.hours)]),
  );

  // The QR code and the issuer close the certificate, together on one page.
  if (doc.y > doc.page.height - doc.page.margins.bottom - 150) doc.addPage();
  const qr = await QRCode.toBuffer(c.verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 4 });
  const top = doc.y + 10;
  doc.image(qr, left, top, { width: 110 });
  write(doc, used, `出具单位：${f.issuer}`, { size: 12, x: left + 130, y: top + 10, width: width - 130 });
  write(doc, used, `出具日期：${zhDate(cityDate(c.issuedAt))}`, {
    size: 12,
    x: left + 130,
    y: doc.y,
    width: width - 130,
  });
  write(doc, used, `扫描二维码，或在 ${c.verifyHome} 输入证明编号 ${c.code}，可核验本证明的真实性与有效性。`, {
    size: 9,
    x: left + 130,
    y: doc.y + 6,
    width: width - 130,
  });
  doc.end();
  return done;
}
