// The hub as an operator runs it: the compiled server (`node dist/main.js`, what `npm start`
// runs) in a process of its own, so a bench or a fault drill can measure, signal and kill it.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { generateSigningKey } from '../src/auth/tokens';

/** One signing key for every hub this process starts, so a token is good on every replica. */
const HUB_KEYS = JSON.stringify({ keys: [generateSigningKey('hub-process')] });

const serverDir = path.resolve(__dirname, '..');

/** Builds server/dist when missing or stale, as `npm start` does (the web app is not needed). */
export function ensureServerBuilt() {
  execFileSync(process.execPath, [path.join(serverDir, 'scripts', 'ensure-built.mjs'), '--server-only'], {
    stdio: 'inherit',
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface HubProcess {
  pid: number;
  port: number;
  url: string;
  child: ChildProcess;
  /** The last lines the hub wrote (its JSON log), for a failure report. */
  output: string[];
  /** The last lines logged at level error or above, kept apart so a flood of warnings cannot push them out. */
  errors: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface HubOptions {
  databaseUrl: string;
  port?: number;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}

export async function startHub(opts: HubOptions): Promise<HubProcess> {
  const port = opts.port ?? (await freePort());
  const child = spawn(process.execPath, [path.join(serverDir, 'dist', 'main.js')], {
    cwd: serverDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: opts.databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_ON_EMPTY: 'false',
      WEB_DIST: '/nonexistent',
      JWT_KEYS: HUB_KEYS,
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const errors: string[] = [];
  const keep = (chunk: Buffer) => {
    const lines = chunk.toString().split('\n').filter(Boolean);
    output.push(...lines);
    if (output.length > 200) output.splice(0, output.length - 200);
    errors.push(...lines.filter((l) => /"level":(50|60)/.test(l)));
    if (errors.length > 50) errors.splice(0, errors.length - 50);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.readyTimeoutMs ?? 60_000);
  let exitedEarly = false;
  void exited.then(() => (exitedEarly = true));
  for (;;) {
    if (exitedEarly) throw new Error(`the hub exited during start-up:\n${output.slice(-20).join('\n')}`);
    const ok = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the hub did not start within the time allowed:\n${output.slice(-20).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pid: child.pid!,
    port,
    url,
    child,
    output,
    errors,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Resident memory of a process in bytes, from /proc (Linux). */
export function rssBytes(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}
