// An SMTP server on loopback for the tests of e-mail: it takes every message, without TLS or authentication.
import { SMTPServer } from 'smtp-server';
import { freePort } from './net.ts';

export interface ArrivedMail {
  /** The envelope's recipients. */
  to: string[];
  /** The whole message as it came. */
  raw: string;
}

export interface TestSmtpServer {
  port: number;
  server: SMTPServer;
  close(): Promise<void>;
}

/**
 * Listens on a free loopback port and gives each whole message to `onMail`; the message is accepted (the DATA
 * command answered) when `onMail` calls `accept`.
 */
export async function startSmtpServer(
  onMail: (mail: ArrivedMail, accept: () => void) => void,
): Promise<TestSmtpServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((address) => address.address);
        onMail({ to, raw: Buffer.concat(chunks).toString('utf8') }, () => callback());
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { port, server, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
