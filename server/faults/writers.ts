// Writers with idempotency keys, as a careful client writes: each donation gets a key and is
// retried with that same key until the hub acknowledges it. Every answer is kept for the checks.
import { randomUUID } from 'node:crypto';

const RECORD = `mutation($input: RecordDonationInput!) { recordDonation(input: $input) { id } }`;

export interface Failure {
  key: string;
  target: string;
  at: number;
  endedAt: number;
  /** HTTP status, or null when no response came (refused, reset, aborted). */
  status: number | null;
  code?: string;
  message?: string;
  retryable?: unknown;
  retryAfter?: string | null;
  requestId?: unknown;
  network?: string;
}

export interface WriteTarget {
  url: string;
  token: string;
}

export class Writers {
  /** key → donation global id, for every write the hub acknowledged. */
  readonly acked = new Map<string, string>();
  readonly ackTimes: number[] = [];
  readonly attempted = new Set<string>();
  readonly failures: Failure[] = [];
  private running = false;
  private loops: Promise<void>[] = [];
  private turn = 0;

  constructor(
    private readonly targets: () => WriteTarget[],
    private readonly input: { donorOrganisationId: string; campaignId: string },
    private readonly count = 4,
  ) {}

  start() {
    this.running = true;
    this.loops = Array.from({ length: this.count }, () => this.loop());
  }

  /** Stops taking new keys; the key each writer holds is retried until acknowledged or `graceMs` passes. */
  async stop(graceMs = 15_000) {
    this.stopAt = Date.now() + graceMs;
    this.running = false;
    await Promise.all(this.loops);
  }

  private stopAt = Infinity;

  firstAckAfter(t: number): number | undefined {
    return this.ackTimes.find((a) => a >= t);
  }

  private async loop() {
    while (this.running) {
      const key = randomUUID();
      this.attempted.add(key);
      while (Date.now() < this.stopAt) {
        if (await this.attempt(key)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  private async attempt(key: string): Promise<boolean> {
    const list = this.targets();
    const target = list[this.turn++ % list.length];
    const at = Date.now();
    try {
      const res = await fetch(`${target.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
        body: JSON.stringify({
          query: RECORD,
          // The donor's name carries the key, so the database can be asked how many rows each key made.
          variables: { input: { kind: 'CASH', amountFen: 100, donorName: key, ...this.input, idempotencyKey: key } },
        }),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      let body: {
        data?: { recordDonation?: { id: string } };
        errors?: Array<{ message?: string; extensions?: Record<string, unknown> }>;
      };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        body = {};
      }
      const id = body.data?.recordDonation?.id;
      if (res.ok && id && !body.errors) {
        this.acked.set(key, id);
        this.ackTimes.push(Date.now());
        return true;
      }
      const ext = body.errors?.[0]?.extensions ?? {};
      this.failures.push({
        key,
        target: target.url,
        at,
        status: res.status,
        code: ext.code as string | undefined,
        message: body.errors?.[0]?.message,
        retryable: ext.retryable,
        retryAfter: res.headers.get('retry-after'),
        requestId: ext.requestId,
        endedAt: Date.now(),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause;
      this.failures.push({
        key,
        target: target.url,
        at,
        endedAt: Date.now(),
        status: null,
        network: cause?.code ?? (err as Error).name,
      });
    }
    return false;
  }
}
