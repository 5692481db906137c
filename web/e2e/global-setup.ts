// One hub for the whole browser run; stopped (with its database) whatever the outcome.
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ACCESS_TOKEN_TTL_S, startHub, type Hub } from './hub';

let hub: Hub | undefined;

export async function setup(project: TestProject) {
  // For working on the tests: point them at a hub you already run (nothing is started or stopped then).
  if (process.env.E2E_HUB_URL) {
    project.provide('hubUrl', process.env.E2E_HUB_URL);
    project.provide('accessTokenTtl', Number(process.env.E2E_ACCESS_TOKEN_TTL_S ?? 900));
    return;
  }
  const logFile = path.resolve(import.meta.dirname, 'screenshots', 'hub.log');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.createWriteStream(logFile);
  hub = await startHub((line) => log.write(line));
  project.provide('hubUrl', hub.url);
  project.provide('accessTokenTtl', ACCESS_TOKEN_TTL_S);
  return async () => {
    await hub?.stop();
    log.end();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    hubUrl: string;
    accessTokenTtl: number;
  }
}
