// Structured logs (pino) in which personal identity codes never appear: every logged object and message
// passes through the masking of the domain package, including request URLs with codes in their query.
import { maskDeep, maskPersonalIdentityCodes } from '@tuki/domain';
import type { LoggerOptions } from 'pino';

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { service: 'tuki' },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      remove: true,
    },
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => maskDeep(object) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((arg) => (typeof arg === 'string' ? maskPersonalIdentityCodes(arg) : arg));
        method.apply(this, masked as Parameters<typeof method>);
      },
      // The last net, for what the above do not see: child logger bindings such as Fastify's request id
      // (which the client may choose) and the output of serializers.
      streamWrite: (line) => maskPersonalIdentityCodes(line),
    },
    serializers: {
      req: (req: { method: string; url: string; id: string; ip?: string }) => ({
        method: req.method,
        url: maskPersonalIdentityCodes(decodeURIComponentSafe(req.url)),
        id: req.id,
        ip: req.ip,
      }),
    },
  };
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // One malformed escape must not leave an encoded code unmasked: decode at least the ASCII escapes.
    return value.replace(/%[0-7][0-9A-Fa-f]/g, (sequence) =>
      String.fromCharCode(Number.parseInt(sequence.slice(1), 16)),
    );
  }
}
