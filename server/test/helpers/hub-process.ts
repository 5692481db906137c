// The real hub as its own process (src/main.ts, as `npm run dev` starts it without --watch) on a test
// database, for tests about what several processes do together: replicas each running the jobs, or a web
// process that only enqueues beside a worker (WORKER=only) that has no HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { TEST_AUTH } from './server';

export interface HubProcess {
  /** The HTTP address; null for a worker (WORKER=only serves none). */
  url: string | null;
  child: ChildProcess;
  /** SIGTERM, and the exit code once it has drained. */
  stop(): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

/**
 * Starts a hub on `databaseUrl` with `env` on top of the test settings and waits until it is ready: a web
 * process until /healthz answers, a worker until it logs that it is ready.
 */
export async function startHubProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<HubProcess> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-hub-'));
  const worker = env.WORKER === 'only';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: path.resolve(__dirname, '..', '..'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      JWT_KEYS: TEST_AUTH.JWT_KEYS,
      DATA_DIR: dataDir,
      WEB_DIST: '/nonexistent',
      SEED_ON_EMPTY: 'false',
      // A worker says when it is ready at info level; a web process is asked over HTTP.
      LOG_LEVEL: worker ? 'info' : 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (!worker) process.stdout.write(d);
  });
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    const code = await exit;
    fs.rmSync(dataDir, { recursive: true, force: true });
    return code;
  };
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`hub exited early with ${child.exitCode}`);
    const ready = worker
      ? out.includes('worker ready')
      : await fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
    if (ready) return { url: worker ? null : url, child, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('hub did not start');
}
