// The live bus: topics with JSON messages, in memory within one process, or through Redis pub/sub
// so that every replica hears what any of them published (each then pushes to its own sockets).
import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export type Handler = (message: unknown) => void;

export interface LiveBus {
  publish(topic: string, message: unknown): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(topic: string, handler: Handler): () => void;
  /** Resolves once every subscription asked for so far hears publishes from anywhere. */
  subscribed(): Promise<void>;
  close(): Promise<void>;
}

/** What subscriptions need from the hub: the bus and how often a dashboard may be told to refetch. */
export interface LiveRuntime {
  bus: LiveBus;
  dashboardThrottleMs: number;
}

/** One process: a publish reaches this process's subscribers only. */
export class MemoryBus implements LiveBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(topic: string, message: unknown): Promise<void> {
    // Delivered on a later tick, as Redis would: a publisher never runs subscriber code inline.
    const copy: unknown = JSON.parse(JSON.stringify(message));
    setImmediate(() => this.emitter.emit(topic, copy));
    return Promise.resolve();
  }

  subscribe(topic: string, handler: Handler): () => void {
    this.emitter.on(topic, handler);
    return () => this.emitter.off(topic, handler);
  }

  subscribed(): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/**
 * Several replicas: one connection publishes, another listens to the channels some local subscriber
 * wants (Redis allows no other command on a listening connection). A publish goes only through Redis,
 * so the publishing replica hears it the same way as the others, once.
 */
export class RedisBus implements LiveBus {
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly local = new MemoryBus();
  private readonly counts = new Map<string, number>();

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly log: Logger,
  ) {
    // Offline commands queue while reconnecting; a publish during an outage is lost, not an error to the writer.
    this.pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
    this.sub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: null });
    for (const c of [this.pub, this.sub]) c.on('error', (err) => this.log.warn({ err }, 'redis (live bus)'));
    this.sub.on('messageBuffer', (channel: Buffer, payload: Buffer) => {
      const topic = channel.toString().slice(this.prefix.length);
      let message: unknown;
      try {
        message = JSON.parse(payload.toString());
      } catch {
        return;
      }
      void this.local.publish(topic, message);
    });
  }

  /** Resolves once both connections are ready (tests wait for it; the hub need not). */
  async ready(): Promise<void> {
    const wait = (c: Redis) =>
      c.status === 'ready' ? Promise.resolve() : new Promise<void>((resolve) => c.once('ready', () => resolve()));
    await Promise.all([wait(this.pub), wait(this.sub)]);
  }

  async publish(topic: string, message: unknown): Promise<void> {
    try {
      await this.pub.publish(this.prefix + topic, JSON.stringify(message));
    } catch (err) {
      this.log.warn({ err, topic }, 'live update not published');
    }
  }

  subscribe(topic: string, handler: Handler): () => void {
    const n = this.counts.get(topic) ?? 0;
    this.counts.set(topic, n + 1);
    if (n === 0) void this.sub.subscribe(this.prefix + topic).catch((err) => this.log.warn({ err }, 'redis subscribe'));
    const off = this.local.subscribe(topic, handler);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      off();
      const left = (this.counts.get(topic) ?? 1) - 1;
      if (left > 0) return void this.counts.set(topic, left);
      this.counts.delete(topic);
      void this.sub.unsubscribe(this.prefix + topic).catch(() => undefined);
    };
  }

  /** Resolves once Redis confirmed every channel asked for so far (so a test's publish is not early). */
  async subscribed(): Promise<void> {
    await this.sub.ping().catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.local.close();
    await Promise.allSettled([this.pub.quit(), this.sub.quit()]);
  }
}

export function createBus(config: { REDIS_URL?: string; REDIS_CHANNEL_PREFIX?: string }, log: Logger): LiveBus {
  return config.REDIS_URL
    ? new RedisBus(config.REDIS_URL, config.REDIS_CHANNEL_PREFIX ?? 'tongxin:', log)
    : new MemoryBus();
}
