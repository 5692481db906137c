// A TCP proxy in front of PostgreSQL that a test can take down or freeze, to see how the hub answers
// a database outage without stopping the shared server.
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export class TcpProxy {
  private mode: 'open' | 'down' | 'frozen' = 'open';
  private readonly sockets = new Set<net.Socket>();
  private readonly server: net.Server;

  private constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {
    this.server = net.createServer((client) => this.accept(client));
  }

  /** Listens on an ephemeral port in front of `url`'s host and port; `url` rewritten to go through it. */
  static async start(url: string): Promise<{ proxy: TcpProxy; url: string }> {
    const u = new URL(url);
    const proxy = new TcpProxy(u.hostname, Number(u.port || 5432));
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    u.hostname = '127.0.0.1';
    u.port = String((proxy.server.address() as AddressInfo).port);
    return { proxy, url: u.toString() };
  }

  private accept(client: net.Socket) {
    this.sockets.add(client);
    client.on('close', () => this.sockets.delete(client));
    client.on('error', () => undefined);
    if (this.mode === 'down') return void client.destroy();
    // Frozen: the connection is accepted and never answered, like a server stopped with SIGSTOP.
    if (this.mode === 'frozen') return;
    const upstream = net.connect(this.targetPort, this.targetHost);
    this.sockets.add(upstream);
    upstream.on('close', () => {
      this.sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => undefined);
    client.on('close', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  }

  /** Connections refused and the open ones cut, as when PostgreSQL stops. */
  down() {
    this.mode = 'down';
    this.cutAll();
  }

  /** New connections hang; the open ones are cut so the pool has to open new ones. */
  freeze() {
    this.mode = 'frozen';
    this.cutAll();
  }

  open() {
    this.mode = 'open';
  }

  private cutAll() {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }

  async close() {
    this.cutAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
