// Spreadsheet-import steps over HTTP, for the import tests: templates and files down, uploads up,
// the template filled in under its headers, and waiting for a background job to finish.
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Client, TestServer } from './server';
import { graphql } from '../generated';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const IMPORT_JOB = graphql(`
  query ImportJobState($id: ID!) {
    backgroundJob(id: $id) {
      id
      kind
      status
      done
      total
      result
      errorMessage
    }
  }
`);

export const CONFIRM_IMPORT = graphql(`
  mutation ConfirmImport($id: ID!) {
    confirmSpreadsheetImport(id: $id) {
      id
      status
      total
    }
  }
`);

export interface UploadAnswer {
  id: string;
  rowCount: number;
  errorRowCount: number;
  problems: Array<{ row: number; column: string; key: string; message: string; header: string }>;
  errorFileUrl: string;
}

export function importSteps(server: () => TestServer) {
  async function download(client: Client, path: string, lang = 'zh-CN') {
    const res = await fetch(`${server().url}${path}`, {
      headers: { authorization: `Bearer ${client.token}`, 'accept-language': lang },
    });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  }

  async function upload(client: Client, kind: string, file: Buffer, lang = 'zh-CN'): Promise<UploadAnswer> {
    const res = await fetch(`${server().url}/files/imports/${kind}?name=${encodeURIComponent('名册.xlsx')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${client.token}`, 'content-type': XLSX, 'accept-language': lang },
      body: new Uint8Array(file),
    });
    const body = (await res.json()) as UploadAnswer;
    expect(res.status, JSON.stringify(body)).toBe(201);
    return body;
  }

  /** The template with `rows` typed in under its headers (by header text, without the required mark). */
  async function fill(template: Buffer, rows: Array<Record<string, string>>): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('数据')!;
    const col = new Map<string, number>();
    sheet.getRow(1).eachCell((c, i) => col.set(c.text.replace('*', ''), i));
    rows.forEach((r, n) => {
      for (const [header, value] of Object.entries(r)) {
        const at = col.get(header);
        if (!at) throw new Error(`no column ${header}`);
        sheet.getRow(n + 2).getCell(at).value = value;
      }
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  async function waitForJob(client: Client, id: string) {
    for (let i = 0; i < 600; i++) {
      const res = await client.gql(IMPORT_JOB, { id });
      const job = res.data.backgroundJob;
      if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(job.status)) return job;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('job did not finish');
  }

  /** Upload, confirm, wait: the finished job. */
  async function importFile(client: Client, kind: string, file: Buffer) {
    const answer = await upload(client, kind, file);
    expect(answer.problems).toEqual([]);
    const confirmed = await client.gql(CONFIRM_IMPORT, { id: answer.id });
    expect(confirmed.errors).toBeUndefined();
    return waitForJob(client, confirmed.data.confirmSpreadsheetImport.id);
  }

  return { download, upload, fill, waitForJob, importFile };
}
