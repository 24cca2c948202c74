// A webhook receiver for the tests: a real HTTP server on loopback that records every POST, answers with the
// status the test chooses, and verifies Standard Webhooks signatures with its own implementation (not the
// server's), as an integrator would.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedEvent {
  specversion: string;
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: string;
  sequence: string;
  data: Record<string, unknown> & { links: Record<string, string>; status: string };
}

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  event: ReceivedEvent;
  /** The status the receiver answered with. */
  answered: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Chooses the answer to each request (200 unless set). */
  respond: (event: ReceivedEvent) => number;
  /** The events answered with 2xx, in arrival order. */
  accepted(): ReceivedEvent[];
  close(): Promise<void>;
}

export async function startReceiver(path = '/hooks'): Promise<Receiver> {
  const receiver: Receiver = {
    url: '',
    received: [],
    respond: () => 200,
    accepted: () => receiver.received.filter((r) => r.answered < 300).map((r) => r.event),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const event = JSON.parse(body) as ReceivedEvent;
      const answered = receiver.respond(event);
      receiver.received.push({ headers: request.headers, body, event, answered });
      response
        .writeHead(answered, { 'content-type': 'text/plain' })
        .end(answered < 300 ? 'ok' : 'receiver is down');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  return receiver;
}

/** The signatures in webhook-signature that verify with this secret (Standard Webhooks, written from the spec). */
export function verifiedSignatures(secret: string, headers: IncomingHttpHeaders, body: string): number {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') return 0;
  if (!secret.startsWith('whsec_')) throw new Error('not a Standard Webhooks secret');
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  let matches = 0;
  for (const entry of signatures.split(' ')) {
    const [version, value] = entry.split(',');
    if (version !== 'v1' || !value) continue;
    const given = Buffer.from(value, 'base64');
    if (given.length === expected.length && timingSafeEqual(given, expected)) matches += 1;
  }
  return matches;
}
