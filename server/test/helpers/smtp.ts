// A real SMTP listener on loopback (smtp-server) that keeps every mail it accepts, for the
// notification tests: what the hub's nodemailer transport sent, as a mail server received it.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  /** The text part, decoded. */
  text: string;
  /** The outbox row it was sent for (the X-Tongxin-Delivery header). */
  deliveryId: string | null;
  raw: string;
}

/** RFC 2047 encoded words (`=?UTF-8?B?...?=`), as nodemailer writes a non-ASCII subject. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

function header(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? decodeWords(line.slice(name.length + 1).trim()) : null;
}

/** The body of a single-part text mail, undone from its transfer encoding. */
function textOf(raw: string): string {
  const [, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const encoding = (header(raw, 'Content-Transfer-Encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable')
    return Buffer.from(
      body.replace(/=\r?\n/g, '').replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  return body;
}

export interface SmtpListener {
  port: number;
  url: string;
  mails: ReceivedMail[];
  close(): Promise<void>;
  /** Listens again on the same port (after `close`), keeping the mails received so far. */
  reopen(): Promise<void>;
}

export async function startSmtpListener(): Promise<SmtpListener> {
  const mails: ReceivedMail[] = [];
  let server: SMTPServer;
  const listen = (port: number) => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: header(raw, 'Subject') ?? '',
            text: textOf(raw),
            deliveryId: header(raw, 'X-Tongxin-Delivery'),
            raw,
          });
          callback();
        });
      },
    });
    return new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
    });
  };
  const port = await listen(0);
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    reopen: async () => void (await listen(port)),
  };
}
