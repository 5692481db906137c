// Reading and writing the workbooks of an import: the template (a data sheet with Chinese headers,
// drop-down lists, an instructions sheet), the rows of an upload, and the upload handed back with
// an errors column. Knows nothing of volunteers or any other kind: each kind gives its columns.
import ExcelJS from 'exceljs';
import { translate, type Locale } from '../../common/messages';
import type { CellProblem } from './spreadsheet-import.entity';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DATA_SHEET = '数据';
const LISTS_SHEET = '选项';
const INSTRUCTIONS_SHEET = '填写说明';
/** Rows a template's validation lists cover (Excel stores one rule for the whole range). */
const TEMPLATE_ROWS = 50_000;

export interface SheetColumn {
  key: string;
  /** The header in the template (and what an upload is matched by). */
  header: string;
  headerEn: string;
  required?: boolean;
  /** Typed as text so Excel keeps all 18 digits of an identity number. */
  text?: boolean;
  width?: number;
  /** A drop-down list of allowed values. */
  list?: string[];
  note: string;
}

/** One data row: its number in the sheet and the text of each column by key. */
export interface RawRow {
  row: number;
  values: Record<string, string>;
}

/** A cell's value as the text a person typed (numbers, dates, rich text, formulas' results). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return cellText(value.result);
  }
  return '';
}

/** exceljs keeps a sheet's validations by range, but its typings only know them per cell. */
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;

const columnLetter = (n: number): string =>
  n <= 26 ? String.fromCharCode(64 + n) : columnLetter(Math.floor((n - 1) / 26)) + columnLetter(((n - 1) % 26) + 1);

export async function buildTemplate(title: string, columns: SheetColumn[], instructions: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = wb.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
  const help = wb.addWorksheet(INSTRUCTIONS_SHEET);
  data.columns = columns.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    key: c.key,
    width: c.width ?? Math.max(12, c.header.length * 2 + 4),
    style: c.text ? { numFmt: '@' } : {},
  }));
  data.getRow(1).font = { bold: true };
  let listColumn = 0;
  columns.forEach((c, i) => {
    if (!c.list?.length) return;
    // Long lists (districts) go on a hidden sheet: an inline list is limited to 255 characters.
    listColumn++;
    const letter = columnLetter(listColumn);
    c.list.forEach((v, r) => (lists.getCell(`${letter}${r + 1}`).value = v));
    const formula = `${LISTS_SHEET}!$${letter}$1:$${letter}$${c.list.length}`;
    const target = columnLetter(i + 1);
    validations(data).add(`${target}2:${target}${TEMPLATE_ROWS}`, {
      type: 'list',
      allowBlank: !c.required,
      formulae: [formula],
      showErrorMessage: true,
      errorTitle: c.header,
      error: '请从下拉列表中选择',
    });
  });
  help.columns = [
    { header: '列', key: 'header', width: 24 },
    { header: '必填', key: 'required', width: 8 },
    { header: '说明', key: 'note', width: 80 },
  ];
  help.getRow(1).font = { bold: true };
  help.addRows(columns.map((c) => ({ header: c.header, required: c.required ? '是' : '', note: c.note })));
  help.addRow({});
  help.addRow({ header: title });
  for (const line of instructions) help.addRow({ header: '', note: line });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Header text without the required mark and spaces, for matching. */
const normalHeader = (h: string) => h.replace(/[*＊\s]/g, '').toLowerCase();

export interface ReadResult {
  rows: RawRow[];
  /** Columns the sheet lacks (required ones only). */
  missing: SheetColumn[];
}

/** The data rows of an upload (the data sheet, else the first sheet); fully empty rows are skipped. */
export async function readRows(file: Buffer, columns: SheetColumn[]): Promise<ReadResult> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(DATA_SHEET) ?? wb.worksheets[0];
  if (!sheet) return { rows: [], missing: columns.filter((c) => c.required) };
  const byHeader = new Map<string, SheetColumn>();
  for (const c of columns) {
    byHeader.set(normalHeader(c.header), c);
    byHeader.set(normalHeader(c.headerEn), c);
    byHeader.set(c.key.toLowerCase(), c);
  }
  const at = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, col) => {
    const c = byHeader.get(normalHeader(cellText(cell.value)));
    if (c) at.set(col, c.key);
  });
  const present = new Set(at.values());
  const rows: RawRow[] = [];
  sheet.eachRow((r, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, string> = {};
    let any = false;
    for (const [col, key] of at) {
      const text = cellText(r.getCell(col).value);
      values[key] = text;
      if (text) any = true;
    }
    if (any) rows.push({ row: rowNumber, values });
  });
  return { rows, missing: columns.filter((c) => c.required && !present.has(c.key)) };
}

/** The upload as sent, with one more column listing each row's problems in the reader's language. */
export async function buildErrorFile(
  file: Buffer,
  columns: SheetColumn[],
  problems: CellProblem[],
  locale: Locale,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(DATA_SHEET) ?? wb.worksheets[0] ?? wb.addWorksheet(DATA_SHEET);
  const headerOf = new Map(columns.map((c) => [c.key, locale === 'en' ? c.headerEn : c.header]));
  const byRow = new Map<number, string[]>();
  for (const p of problems) {
    const text = `${headerOf.get(p.column) ?? p.column}: ${translate(p.key, locale, p.params)}`;
    byRow.set(p.row, [...(byRow.get(p.row) ?? []), text]);
  }
  const col = sheet.columnCount + 1;
  sheet.getRow(1).getCell(col).value = locale === 'en' ? 'Errors' : '错误说明';
  sheet.getRow(1).getCell(col).font = { bold: true, color: { argb: 'FFC00000' } };
  sheet.getColumn(col).width = 60;
  for (const [row, texts] of byRow) {
    const cell = sheet.getRow(row).getCell(col);
    cell.value = texts.join('；');
    cell.font = { color: { argb: 'FFC00000' } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
