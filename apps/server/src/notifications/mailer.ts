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
  send(message: MailMessage): Promise<void>;
  close(): void;
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
        await transport.sendMail({ from: config.from, textEncoding: 'quoted-printable', ...message });
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
      await mkdir(config.fileDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${message.messageId.replace(/[^a-zA-Z0-9-]/g, '_')}.eml`;
      await writeFile(join(config.fileDir, name), info.message as Buffer);
    },
    close: () => transport.close(),
  };
}
