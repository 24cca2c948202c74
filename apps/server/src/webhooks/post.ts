// One webhook POST: node:http(s) with the SSRF guard's lookup, a time limit, no redirects followed (a 3xx is a
// failure), and at most a short excerpt of the response body kept.
import http from 'node:http';
import https from 'node:https';
import { checkLiteralHost, checkWebhookUrlForm, guardedLookup, type WebhookUrlPolicy } from './ssrf.ts';

export interface PostResult {
  statusCode: number;
  /** The first bytes of the response body (for the delivery log). */
  excerpt: string;
}

const EXCERPT_BYTES = 200;

export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: WebhookUrlPolicy & { timeoutMs: number },
): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    let target: URL;
    try {
      target = checkWebhookUrlForm(url, options);
      checkLiteralHost(target, options);
    } catch (error) {
      reject(error);
      return;
    }
    const payload = Buffer.from(body);
    const transport = target.protocol === 'https:' ? https : http;
    const request = transport.request(
      target,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/cloudevents+json; charset=utf-8',
          'content-length': String(payload.byteLength),
          'user-agent': 'Tuki-Webhooks/1.0',
        },
        lookup: guardedLookup(options),
        timeout: options.timeoutMs,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = () =>
          resolve({
            statusCode: response.statusCode ?? 0,
            excerpt: Buffer.concat(chunks).toString('utf8').slice(0, EXCERPT_BYTES),
          });
        response.on('data', (chunk: Buffer) => {
          if (size < EXCERPT_BYTES) chunks.push(chunk.subarray(0, EXCERPT_BYTES - size));
          size += chunk.byteLength;
          if (size > 64 * 1024) {
            response.destroy();
            finish();
          }
        });
        response.on('end', finish);
        response.on('error', reject);
      },
    );
    const timer = setTimeout(
      () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    request.on('error', reject);
    request.on('close', () => clearTimeout(timer));
    request.end(payload);
  });
}
