// A small client of clamd, ClamAV's daemon, over TCP or a unix socket: PING and INSTREAM (the file is sent in
// length-prefixed chunks, ended by a zero length; clamd answers "stream: OK" or "stream: <name> FOUND").
import { connect, type Socket } from 'node:net';
import type { Readable } from 'node:stream';
import type { ClamavConfig } from '../../config/config.ts';

export type ScanVerdict = { infected: false } | { infected: true; signature: string };

/** clamd could not be reached or gave no verdict (not the same as finding malware). */
export class ScannerUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ScannerUnavailable';
  }
}

/** Chunks larger than this are split (clamd reads each chunk whole). */
const MAX_CHUNK = 64 * 1024;

export class ClamdClient {
  readonly #config: ClamavConfig;

  constructor(config: ClamavConfig) {
    this.#config = config;
  }

  /** Opens a connection; rejects with ScannerUnavailable when clamd does not answer. */
  async #connect(): Promise<Socket> {
    const config = this.#config;
    const socket =
      'socketPath' in config
        ? connect({ path: config.socketPath })
        : connect({ host: config.host, port: config.port });
    socket.setTimeout(config.timeoutMs, () =>
      socket.destroy(new ScannerUnavailable(`clamd did not answer within ${config.timeoutMs} ms`)),
    );
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', (error) =>
        reject(new ScannerUnavailable(`clamd is not reachable: ${error.message}`)),
      );
    });
    return socket;
  }

  /** Sends a command and reads the reply up to its terminating NUL (the `z` form of the commands). */
  async #exchange(command: string, body?: Readable): Promise<string> {
    let socket: Socket;
    try {
      socket = await this.#connect();
    } catch (error) {
      body?.destroy();
      throw error;
    }
    const reply = new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (chunk.includes(0)) resolve(Buffer.concat(chunks).toString('utf8').split('\0')[0] ?? '');
      });
      socket.on('error', (error) =>
        reject(
          error instanceof ScannerUnavailable
            ? error
            : new ScannerUnavailable(error.message, { cause: error }),
        ),
      );
      socket.on('close', () =>
        reject(new ScannerUnavailable('clamd closed the connection without an answer')),
      );
    });
    reply.catch(() => undefined);
    const write = (data: Buffer | string) =>
      new Promise<void>((resolve, reject) =>
        socket.write(data, (error) => (error ? reject(error) : resolve())),
      );
    try {
      await write(`z${command}\0`);
      if (body) {
        for await (const chunk of body) {
          const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
          for (let offset = 0; offset < buffer.length; offset += MAX_CHUNK) {
            const piece = buffer.subarray(offset, offset + MAX_CHUNK);
            const header = Buffer.alloc(4);
            header.writeUInt32BE(piece.length);
            await write(Buffer.concat([header, piece]));
          }
        }
        await write(Buffer.alloc(4));
      }
      return await reply;
    } catch (error) {
      // clamd may answer early (e.g. "INSTREAM size limit exceeded") and close: prefer its answer.
      const early = await Promise.race([reply, Promise.resolve(undefined)]).catch(() => undefined);
      if (early !== undefined) return early;
      if (error instanceof ScannerUnavailable) throw error;
      throw new ScannerUnavailable(`scanning failed: ${(error as Error).message}`, { cause: error });
    } finally {
      body?.destroy();
      socket.destroy();
    }
  }

  async ping(): Promise<boolean> {
    return (await this.#exchange('PING')) === 'PONG';
  }

  /** Scans a stream. Rejects with ScannerUnavailable when clamd is unreachable or answers with an error. */
  async scan(stream: Readable): Promise<ScanVerdict> {
    const answer = await this.#exchange('INSTREAM', stream);
    const match = /^stream: (.+) (FOUND|ERROR)$/.exec(answer);
    if (answer === 'stream: OK') return { infected: false };
    if (match?.[2] === 'FOUND') return { infected: true, signature: match[1] ?? 'unknown' };
    throw new ScannerUnavailable(`clamd could not scan the file: ${answer || '(no answer)'}`);
  }
}
