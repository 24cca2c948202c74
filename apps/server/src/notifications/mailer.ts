// Sending e-mail: through SMTP when SMTP_HOST is set, otherwise written as .eml files under DATA_DIR/mail (the
// embedded default, so that a developer can open what would have been sent).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailConfig } from '../config/config.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** A stable id of the event, used as the Message-ID so that a receiving system can recognise a repeat. */
  messageId: string;
}

export interface Mailer {
  /**
   * Hands the message over. Rejects with `MailNotSent` when the message surely did not leave (the SMTP server
   * could not be reached or refused it); any other rejection leaves it unknown whether the server took it.
   */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** The message surely did not leave: trying again cannot make a second copy. */
export class MailNotSent extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'MailNotSent';
  }
}

const SETUP_TIMEOUTS = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT']);
const BEFORE_THE_MESSAGE = new Set(['EDNS', 'EAUTH', 'ETLS', 'EENVELOPE', 'EMESSAGE', 'EREQUIRETLS']);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * Whether a nodemailer SMTP error shows that the message was not accepted: the server answered with a refusal (a
 * reply code), or the failure came before the message was sent (address lookup, connection, greeting, TLS,
 * authentication, envelope). A connection lost or timed out later may have come after the server took the
 * message, so it is not counted here.
 */
export function surelyNotSent(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const details = error as Error & {
    code?: string;
    originalCode?: string;
    responseCode?: number;
    timeoutType?: string;
  };
  if (typeof details.responseCode === 'number') return true;
  if (details.code && BEFORE_THE_MESSAGE.has(details.code)) return true;
  if (details.timeoutType && SETUP_TIMEOUTS.has(details.timeoutType)) return true;
  return UNREACHABLE.has(details.originalCode ?? details.code ?? '');
}

export function createMailer(config: MailConfig): Mailer {
  if (config.smtp) {
    const transport = nodemailer.createTransport({
      host: config.smtp.host,
      port: config.smtp.port,
      secure: config.smtp.secure,
      ...(config.smtp.auth ? { auth: config.smtp.auth } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    return {
      send: async (message) => {
        try {
          await transport.sendMail({ from: config.from, textEncoding: 'quoted-printable', ...message });
        } catch (error) {
          throw surelyNotSent(error) ? new MailNotSent(error) : error;
        }
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async (message) => {
      const info = await transport.sendMail({
        from: config.from,
        textEncoding: 'quoted-printable',
        ...message,
      });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${message.messageId.replace(/[^a-zA-Z0-9-]/g, '_')}.eml`;
      try {
        await mkdir(config.fileDir, { recursive: true });
        // A file that could not be written is no e-mail sent: the next try writes a file of its own.
        await writeFile(join(config.fileDir, name), info.message as Buffer);
      } catch (error) {
        throw new MailNotSent(error);
      }
    },
    close: () => transport.close(),
  };
}
