// A small integration that receives Tuki's events and prints them: an HTTP server that verifies each request's
// Standard Webhooks signature and answers 204 (the event was taken) or 401 (not signed by Tuki). See docs/API.md.
//
//   WEBHOOK_SECRET=whsec_… PORT=4000 npx node examples/webhook-receiver/receiver.ts
import { createServer } from 'node:http';
import { verify } from './verify.ts';

const secret = process.env.WEBHOOK_SECRET;
if (!secret) {
  console.error('Set WEBHOOK_SECRET to the secret you got when you created the subscription.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4000);
const seen = new Set<string>();

const server = createServer((request, response) => {
  if (request.method !== 'POST') {
    response.writeHead(405).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const headers = {
      id: header('webhook-id'),
      timestamp: header('webhook-timestamp'),
      signature: header('webhook-signature'),
    };
    if (!verify(secret, headers, body)) {
      console.warn('refused a request without a valid signature');
      response.writeHead(401).end();
      return;
    }
    // Delivery is at least once: an event id seen before is acknowledged again but not handled twice.
    if (headers.id && !seen.has(headers.id)) {
      seen.add(headers.id);
      const event = JSON.parse(body) as { type: string; subject?: string; time: string; data?: unknown };
      console.log(`${event.time} ${event.type} ${event.subject ?? ''} ${JSON.stringify(event.data ?? {})}`);
    }
    response.writeHead(204).end();
  });
});

server.listen(port, () => console.log(`listening on http://localhost:${port}/`));
