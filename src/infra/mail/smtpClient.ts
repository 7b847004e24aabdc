/**
 * A minimal SMTP client over node's `net` / `tls`: EHLO, optional STARTTLS (when the server offers
 * it on smtp://), AUTH PLAIN when the URL has credentials, MAIL FROM, RCPT TO, DATA. Configured by
 * one URL: `smtp://[user:pass@]host:port?from=sender@example.org` (or `smtps://` for TLS from the
 * first byte). Plain-text UTF-8 messages only: that is all the notification outbox sends.
 */
import net from 'node:net';
import tls from 'node:tls';
import { AppError, invalidInput } from '../../domain/errors.ts';

export interface SmtpSettings {
  secure: boolean;
  host: string;
  port: number;
  user: string | null;
  password: string | null;
  from: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  body: string;
  /** Message-ID domain part and Date header source. */
  date: Date;
  messageId: string;
}

export function parseSmtpUrl(url: string): SmtpSettings {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw invalidInput('SMTP_URL is not a URL', { field: 'SMTP_URL' });
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') throw invalidInput('SMTP_URL must start with smtp:// or smtps://', { field: 'SMTP_URL' });
  const from = u.searchParams.get('from');
  if (!from) throw invalidInput('SMTP_URL needs the sender address as ?from=…', { field: 'SMTP_URL' });
  const secure = u.protocol === 'smtps:';
  return { secure, host: u.hostname, port: u.port ? Number(u.port) : secure ? 465 : 25, user: u.username ? decodeURIComponent(u.username) : null, password: u.password ? decodeURIComponent(u.password) : null, from };
}

/** Encodes a header value with RFC 2047 when it is not plain ASCII. */
const header = (v: string): string => (/^[\x20-\x7e]*$/.test(v) ? v : `=?UTF-8?B?${Buffer.from(v, 'utf8').toString('base64')}?=`);

/** The message text: headers, blank line, body with CRLF line ends and leading dots doubled. */
export function formatMessage(from: string, m: MailMessage): string {
  const body = m.body.replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..');
  return [`From: ${from}`, `To: ${m.to}`, `Subject: ${header(m.subject)}`, `Date: ${m.date.toUTCString()}`, `Message-ID: <${m.messageId}>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', body].join('\r\n');
}

class Conversation {
  private buffer = '';
  private waiting: ((line: { code: number; text: string }) => void) | null = null;
  private failed: Error | null = null;
  private readonly replies: { code: number; text: string }[] = [];
  private lines: string[] = [];

  constructor(public socket: net.Socket) {
    this.attach(socket);
  }

  attach(socket: net.Socket): void {
    this.socket = socket;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.onData(chunk));
    socket.on('error', (e) => this.fail(e));
    socket.on('close', () => this.fail(new Error('the SMTP server closed the connection')));
  }

  private fail(e: Error): void {
    this.failed ??= e;
    this.waiting?.({ code: 0, text: e.message });
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let i: number;
    while ((i = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, i).replace(/\r$/, '');
      this.buffer = this.buffer.slice(i + 1);
      this.lines.push(line.slice(4));
      if (line[3] !== '-') {
        const reply = { code: Number(line.slice(0, 3)), text: this.lines.join('\n') };
        this.lines = [];
        if (this.waiting) this.waiting(reply);
        else this.replies.push(reply);
      }
    }
  }

  reply(): Promise<{ code: number; text: string }> {
    const ready = this.replies.shift();
    if (ready) return Promise.resolve(ready);
    if (this.failed) return Promise.resolve({ code: 0, text: this.failed.message });
    return new Promise((resolve) => {
      this.waiting = (r) => {
        this.waiting = null;
        resolve(r);
      };
    });
  }

  async command(line: string | null, expect: number, what: string): Promise<string> {
    if (line !== null) this.socket.write(`${line}\r\n`);
    const r = await this.reply();
    if (Math.floor(r.code / 100) !== Math.floor(expect / 100)) throw new AppError('UNAVAILABLE', `SMTP ${what} failed: ${r.code || 'no reply'} ${r.text}`);
    return r.text;
  }
}

const connect = (s: SmtpSettings, timeoutMs: number): Promise<net.Socket> =>
  new Promise((resolve, reject) => {
    const socket = s.secure ? tls.connect({ host: s.host, port: s.port, servername: s.host }) : net.connect({ host: s.host, port: s.port });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`SMTP server ${s.host}:${s.port} did not answer within ${timeoutMs} ms`)));
    socket.once(s.secure ? 'secureConnect' : 'connect', () => resolve(socket));
    socket.once('error', (e) => reject(new AppError('UNAVAILABLE', `cannot reach SMTP server ${s.host}:${s.port}: ${e.message}`, { cause: e })));
  });

/** Delivers one message; throws UNAVAILABLE naming the step the server refused. */
export async function sendMail(s: SmtpSettings, m: MailMessage, opts: { timeoutMs?: number; helo?: string } = {}): Promise<void> {
  const socket = await connect(s, opts.timeoutMs ?? 15_000);
  const c = new Conversation(socket);
  const helo = opts.helo ?? 'exportctl.localhost';
  try {
    await c.command(null, 220, 'greeting');
    let caps = await c.command(`EHLO ${helo}`, 250, 'EHLO');
    if (!s.secure && /^STARTTLS$/im.test(caps)) {
      await c.command('STARTTLS', 220, 'STARTTLS');
      socket.removeAllListeners('data');
      const secured = tls.connect({ socket, servername: s.host });
      await new Promise<void>((resolve, reject) => {
        secured.once('secureConnect', () => resolve());
        secured.once('error', reject);
      });
      c.attach(secured);
      caps = await c.command(`EHLO ${helo}`, 250, 'EHLO after STARTTLS');
    }
    if (s.user !== null) await c.command(`AUTH PLAIN ${Buffer.from(`\0${s.user}\0${s.password ?? ''}`, 'utf8').toString('base64')}`, 235, 'AUTH');
    await c.command(`MAIL FROM:<${s.from}>`, 250, 'MAIL FROM');
    await c.command(`RCPT TO:<${m.to}>`, 250, 'RCPT TO');
    await c.command('DATA', 354, 'DATA');
    await c.command(`${formatMessage(s.from, m)}\r\n.`, 250, 'message');
    await c.command('QUIT', 221, 'QUIT').catch(() => undefined);
  } finally {
    c.socket.destroy();
  }
}
