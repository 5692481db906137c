// One PostgreSQL for the whole run: DATABASE_URL when set (CI), otherwise an embedded one.
// Each test file then creates its own database on it (see helpers/database.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { startEmbedded, type EmbeddedDatabase } from '../src/db/embedded';

let embedded: EmbeddedDatabase | undefined;
let tmp: string | undefined;

export async function setup(project: TestProject) {
  let url = process.env.DATABASE_URL;
  if (!url) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-test-pg-'));
    const port = 55_000 + (process.pid % 5_000);
    embedded = await startEmbedded(tmp, port, pino({ level: 'warn' }));
    url = embedded.url;
  }
  project.provide('adminDatabaseUrl', url);
}

export async function teardown() {
  await embedded?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}
