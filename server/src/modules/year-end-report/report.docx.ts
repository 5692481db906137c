// The year-end work summary as a Word document (docx): the overview figures, every joint campaign
// with each partner's contribution, pairings by kind, training coverage, the weaknesses with the
// change on last year (with charts), and next year's plans.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { barChartPng } from './report-chart';
import type { ReportContent } from './report.content';

const pct = (share: number) => `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
const num = (n: number) => String(Math.round(n * 100) / 100);
const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;
const change = (now: number, before: number, asShare: boolean) => {
  const d = now - before;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  return asShare ? `${sign}${(Math.abs(Math.round(d * 1000)) / 10).toFixed(1)} 个百分点` : `${sign}${num(Math.abs(d))}`;
};
const sum = (xs: Array<{ value: number }>) => xs.reduce((s, x) => s + x.value, 0);

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
const table = (head: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) =>
  new Paragraph({ text, heading: level });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const chart = (png: Buffer, caption: string) => [
  new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: 560, height: 262 },
        altText: { name: caption, description: caption, title: caption },
      }),
    ],
  }),
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: caption, italics: true })] }),
];

export async function renderReportDocx(r: ReportContent): Promise<Buffer> {
  const c = r.current;
  const p = r.previous;
  const overview: string[][] = [
    ['志愿者队伍（支）', String(c.counts.teams)],
    ['其中区残联志愿者队伍（支）', String(c.counts.districtTeams)],
    ['社区志愿者服务站（个）', String(c.counts.stations)],
    ['本年未开展服务活动的服务站（个）', String(c.counts.stationsWithoutEvents)],
    ['注册志愿者（人）', String(c.counts.volunteers)],
    ['本年参与服务的志愿者（人）', String(c.counts.activeVolunteers)],
    ['参与联合行动的合作单位（个）', String(c.counts.partners)],
    ['联合行动（项）', String(c.campaigns.length)],
    ['服务活动（场）', String(c.counts.events)],
    ['服务人次', String(c.personTimes.total)],
    ['经核实的志愿服务时长（小时）', num(c.hours.verified)],
    ['结对帮扶（对）', String(sum(c.pairings.byKind))],
    ['获得表彰（人次）', String(c.counts.commendations)],
    ['捐赠现金', yuan(c.donations.cashFen)],
    ...c.donations.inKindByItem.map((b) => [`捐赠物资：${b.label}`, num(b.value)]),
  ];
  const weaknesses: Array<[string, number, number, boolean]> = [
    ['学生志愿者占比', c.composition.studentShare, p.composition.studentShare, true],
    ['志愿者保险覆盖率', c.composition.insuredShare, p.composition.insuredShare, true],
    ['志愿者培训覆盖率', c.training.share, p.training.share, true],
    ['逾期未走访的结对（对）', c.pairings.overdue, p.pairings.overdue, false],
  ];
  const shares = weaknesses.filter((w) => w[3]);
  const months = c.personTimes.byMonth;

  const doc = new Document({
    creator: '同心志愿服务平台',
    title: `${r.scopeName}${r.year}年度助残志愿服务工作总结`,
    styles: { default: { document: { run: { font: { eastAsia: 'Noto Sans SC', ascii: 'Arial' } } } } },
    sections: [
      {
        children: [
          new Paragraph({
            text: `${r.scopeName}${r.year}年度助残志愿服务工作总结`,
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
          }),
          heading('一、总体情况'),
          table(['项目', `${r.year}年`], overview),
          ...chart(
            barChartPng(
              months.map((m) => m.value),
              months.map((m) => String(m.value)),
            ),
            `图1 ${r.year}年各月服务人次（1—12月）`,
          ),
          heading('二、联合行动与各合作单位的贡献'),
          ...(c.campaigns.length ? [] : [para('本年度没有联合行动。')]),
          ...c.campaigns.flatMap((k) => [
            heading(k.name, HeadingLevel.HEADING_2),
            table(
              ['单位', '角色', '志愿者（人）', '服务活动（场）', '时长（小时）', '服务人次', '捐赠'],
              k.partners.map((x) => [
                x.organisationName,
                x.role,
                String(x.volunteers),
                String(x.events),
                num(x.verifiedHours),
                String(x.personTimes),
                yuan(x.donationsFen),
              ]),
            ),
          ]),
          heading('三、结对帮扶'),
          table(
            ['类型', '结对（对）'],
            c.pairings.byKind.map((b) => [b.label, String(b.value)]),
          ),
          para(`结对覆盖率 ${pct(c.pairings.coverage)}；逾期未走访的结对 ${c.pairings.overdue} 对。`),
          heading('四、志愿者培训'),
          para(
            `近12个月参加培训的在册志愿者 ${c.training.trained} 人，在册志愿者 ${c.training.active} 人，培训覆盖率 ${pct(c.training.share)}。`,
          ),
          heading('五、存在的不足（与上年比较）'),
          table(
            ['指标', `${r.year}年`, `${r.year - 1}年`, '变化'],
            weaknesses.map(([name, now, before, share]) => [
              name,
              share ? pct(now) : num(now),
              share ? pct(before) : num(before),
              change(now, before, share),
            ]),
          ),
          ...chart(
            barChartPng(
              shares.map((w) => w[1] * 100),
              shares.map((w) => pct(w[1])),
              shares.map((w) => w[2] * 100),
            ),
            `图2 ${shares.map((w) => w[0]).join('、')}（浅色为${r.year - 1}年）`,
          ),
          heading('六、明年工作计划'),
          ...(r.plans ? r.plans.split(/\n+/).map(para) : [para('（待填写）')]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
