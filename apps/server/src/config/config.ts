// Configuration is read from the environment once, validated, and passed down explicitly.
// A bad value stops the start-up with a message that names the variable.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isValidIban, normalizeIban } from '@tuki/domain';
import { z } from 'zod';
import type { PostalAddress } from '../suomifi/schemas.ts';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const optionalUrl = z.url().optional();

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('localhost'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Unset: http://localhost:<PORT> (3000 when PORT is 0, a port chosen by the system). */
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_START_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
    DATA_DIR: z.string().min(1).default('./data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    AUTH_MODE: z.enum(['dev', 'oidc']).default('dev'),
    SEED_DEMO_DATA: bool.optional(),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
    PAYMENT_BATCH_PROPOSE_HOUR: z.coerce.number().int().min(0).max(23).default(6),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    TRUST_PROXY: bool.default(false),
    CITIZEN_OIDC_ISSUER: optionalUrl,
    CITIZEN_OIDC_CLIENT_ID: z.string().min(1).optional(),
    CITIZEN_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    CITIZEN_OIDC_SCOPE: z.string().min(1).default('openid profile'),
    CITIZEN_OIDC_PIC_CLAIM: z.string().min(1).default('national_id'),
    CITIZEN_OIDC_LOA_CLAIM: z.string().min(1).default('loa'),
    STAFF_OIDC_ISSUER: optionalUrl,
    STAFF_OIDC_CLIENT_ID: z.string().min(1).optional(),
    STAFF_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    STAFF_OIDC_SCOPE: z.string().min(1).default('openid profile email'),
    STAFF_OIDC_USERNAME_CLAIM: z.string().min(1).default('preferred_username'),
    STAFF_OIDC_ROLES_CLAIM: z.string().min(1).optional(),
    OIDC_ALLOW_HTTP: bool.default(false),
    UPLOAD_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .default(25 * 1024 * 1024),
    ATTACHMENT_MAX_PIXELS: z.coerce.number().int().min(1).default(50_000_000),
    ATTACHMENT_MAX_INFLATED_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .default(256 * 1024 * 1024),
    FILES_DIR: z.string().min(1).optional(),
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_ENDPOINT: optionalUrl,
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: bool.default(false),
    CLAMAV_HOST: z.string().min(1).optional(),
    CLAMAV_PORT: z.coerce.number().int().min(1).max(65535).default(3310),
    CLAMAV_SOCKET: z.string().min(1).optional(),
    CLAMAV_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_SECURE: bool.default(false),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    MAIL_FROM: z.string().min(3).default('Tuki <no-reply@localhost>'),
    OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5_000),
    // How long an e-mail being handed to SMTP keeps its event from other workers (outbox/worker.ts).
    OUTBOX_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(300_000),
    WEBHOOK_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(3_600_000).default(1_000),
    // How long a delivery in flight keeps other workers away (webhooks/worker.ts); longer than the 10 s timeout.
    WEBHOOK_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
    WEBHOOK_ALLOW_PRIVATE: bool.optional(),
    API_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
    CITY_MUNICIPALITY_CODE: z
      .string()
      .regex(/^\d{3}$/, 'must be a three-digit municipality code, e.g. 091')
      .default('091'),
    SUOMIFI_MESSAGES_URL: optionalUrl,
    SUOMIFI_MESSAGES_USERNAME: z.string().min(1).optional(),
    SUOMIFI_MESSAGES_PASSWORD: z.string().min(1).optional(),
    SUOMIFI_MESSAGES_SERVICE_ID: z.string().min(1).optional(),
    SUOMIFI_PASSWORD_ROTATION_DAYS: z.coerce.number().int().min(1).max(365).default(90),
    SUOMIFI_MESSAGES_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(300_000).default(30_000),
    SUOMIFI_PRINTING_EMAIL: z.email().optional(),
    SUOMIFI_PRINTING_USERNAME: z.string().min(1).optional(),
    SUOMIFI_PRINTING_PASSWORD: z.string().min(1).optional(),
    SUOMIFI_SENDER_NAME: z.string().min(1).optional(),
    SUOMIFI_SENDER_STREET_ADDRESS: z.string().min(1).optional(),
    SUOMIFI_SENDER_ZIP_CODE: z.string().min(1).optional(),
    SUOMIFI_SENDER_CITY: z.string().min(1).optional(),
    SUOMIFI_SENDER_COUNTRY_CODE: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be a two-letter country code, e.g. FI')
      .default('FI'),
    PAYMENT_DEBTOR_NAME: z.string().trim().min(1).max(70).optional(),
    PAYMENT_DEBTOR_IBAN: z
      .string()
      .refine(isValidIban, 'must be a valid IBAN, e.g. FI21 1234 5600 0007 85')
      .transform(normalizeIban)
      .optional(),
    PAYMENT_DEBTOR_BIC: z
      .string()
      .regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, 'must be a BIC of 8 or 11 characters, e.g. NDEAFIHH')
      .optional(),
    PAYMENT_DEBTOR_BUSINESS_ID: z
      .string()
      .regex(/^\d{7}-\d$/, 'must be a business identity code, e.g. 0201256-6')
      .optional(),
  })
  .superRefine(
    (env, ctx) => {
      if (env.NODE_ENV === 'production' && env.AUTH_MODE === 'dev') {
        ctx.addIssue({
          code: 'custom',
          path: ['AUTH_MODE'],
          message: 'must be oidc when NODE_ENV=production',
        });
      }
      if (env.NODE_ENV === 'production' && env.WEBHOOK_ALLOW_PRIVATE === true) {
        ctx.addIssue({
          code: 'custom',
          path: ['WEBHOOK_ALLOW_PRIVATE'],
          message: 'must not be true when NODE_ENV=production',
        });
      }
      if (env.CLAMAV_HOST && env.CLAMAV_SOCKET) {
        ctx.addIssue({
          code: 'custom',
          path: ['CLAMAV_SOCKET'],
          message: 'give either CLAMAV_HOST (TCP) or CLAMAV_SOCKET (unix socket), not both',
        });
      }
      if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
        ctx.addIssue({
          code: 'custom',
          path: [env.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'],
          message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
        });
      }
      if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD)) {
        ctx.addIssue({
          code: 'custom',
          path: [env.SMTP_USER ? 'SMTP_PASSWORD' : 'SMTP_USER'],
          message: 'SMTP_USER and SMTP_PASSWORD go together',
        });
      }
      for (const key of ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (env[key] && !env.S3_BUCKET) {
          ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: `is required when ${key} is set` });
          break;
        }
      }
      requireTogether(env, ctx, paymentDebtorVariables);
      requireTogether(env, ctx, suomifiVariables);
      requireTogether(env, ctx, suomifiSenderVariables, [suomifiVariables]);
      requireTogether(env, ctx, suomifiPrintingVariables, [suomifiVariables, suomifiSenderVariables]);
      if (env.AUTH_MODE !== 'oidc') return;
      for (const key of [
        'CITIZEN_OIDC_ISSUER',
        'CITIZEN_OIDC_CLIENT_ID',
        'CITIZEN_OIDC_CLIENT_SECRET',
        'STAFF_OIDC_ISSUER',
        'STAFF_OIDC_CLIENT_ID',
        'STAFF_OIDC_CLIENT_SECRET',
      ] as const) {
        if (!env[key])
          ctx.addIssue({ code: 'custom', path: [key], message: 'is required when AUTH_MODE=oidc' });
      }
    },
    // Also when another variable is bad, so that one run names every problem (it reads only plain values).
    { when: () => true },
  );

export type Env = z.infer<typeof configSchema>;

const paymentDebtorVariables = ['PAYMENT_DEBTOR_NAME', 'PAYMENT_DEBTOR_IBAN', 'PAYMENT_DEBTOR_BIC'] as const;
const suomifiVariables = [
  'SUOMIFI_MESSAGES_URL',
  'SUOMIFI_MESSAGES_USERNAME',
  'SUOMIFI_MESSAGES_PASSWORD',
  'SUOMIFI_MESSAGES_SERVICE_ID',
] as const;
const suomifiPrintingVariables = [
  'SUOMIFI_PRINTING_EMAIL',
  'SUOMIFI_PRINTING_USERNAME',
  'SUOMIFI_PRINTING_PASSWORD',
] as const;
const suomifiSenderVariables = [
  'SUOMIFI_SENDER_NAME',
  'SUOMIFI_SENDER_STREET_ADDRESS',
  'SUOMIFI_SENDER_ZIP_CODE',
  'SUOMIFI_SENDER_CITY',
] as const;

/**
 * A group of variables given whole or not at all: when some are set, each missing one is named. A group that
 * extends other features (`requires`) names their variables too when none of them is set.
 */
function requireTogether(
  env: Partial<Record<keyof Env, unknown>>,
  ctx: z.RefinementCtx,
  keys: readonly (keyof Env)[],
  requires: readonly (readonly (keyof Env)[])[] = [],
): void {
  const given = keys.filter((key) => env[key] !== undefined);
  if (given.length === 0) return;
  const message = `is required when ${given.join(', ')} ${given.length === 1 ? 'is' : 'are'} set`;
  const unsetGroups = requires.filter((group) => group.every((key) => env[key] === undefined));
  for (const key of [...keys, ...unsetGroups.flat()]) {
    const named = ctx.issues.some((issue) => issue.path?.[0] === key);
    if (env[key] === undefined && !named) ctx.addIssue({ code: 'custom', path: [key], message });
  }
}

export interface OidcClientConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
}

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  publicUrl: string;
  secureCookies: boolean;
  /** startWaitSeconds: how long a start waits for an unreachable PostgreSQL server before giving up. */
  database: { url: string | undefined; poolMax: number; dataDir: string; startWaitSeconds: number };
  logLevel: Env['LOG_LEVEL'];
  authMode: Env['AUTH_MODE'];
  seedDemoData: boolean;
  session: { idleMinutes: number; absoluteHours: number };
  bodyLimitBytes: number;
  trustProxy: boolean;
  oidc: {
    allowHttp: boolean;
    citizen: (OidcClientConfig & { personalIdentityCodeClaim: string; loaClaim: string }) | undefined;
    staff: (OidcClientConfig & { usernameClaim: string; rolesClaim: string | undefined }) | undefined;
  };
  attachments: AttachmentsConfig;
  mail: MailConfig;
  outbox: { pollIntervalMs: number; leaseMs: number };
  /** Webhook delivery: how often the worker looks for due deliveries; whether http and private addresses are allowed. */
  webhooks: { pollIntervalMs: number; allowPrivate: boolean; leaseMs: number };
  /** The city's municipality code (Statistics Finland), whose housing-cost norm the calculations use. */
  cityMunicipalityCode: string;
  /** API clients' access tokens: their lifetime in seconds. */
  apiTokens: { ttlSeconds: number };
  /** Suomi.fi Messages; undefined: not in use (the SUOMIFI_MESSAGES_* variables are unset). */
  suomifiMessages: SuomifiMessagesConfig | undefined;
  /** The city's account payments are made from; undefined: payments cannot be exported (PAYMENT_DEBTOR_* unset). */
  paymentDebtor: PaymentDebtorConfig | undefined;
  /** The Helsinki hour from which the daily payment batch is proposed on a working day (0–23). */
  paymentBatchProposeHour: number;
}

export interface PaymentDebtorConfig {
  name: string;
  iban: string;
  bic: string;
  /** The business identity code (Y-tunnus), written as the debtor's organisation id. */
  organisationId?: string;
}

export interface SuomifiMessagesConfig {
  /** The REST API's base URL, e.g. https://api.messages-qa.suomi.fi */
  url: string;
  username: string;
  /** The password to start from; later ones are rotated and kept in the database. */
  initialPassword: string;
  serviceId: string;
  passwordRotationDays: number;
  timeoutMs: number;
  /** The city's own contract with Posti's printing and enveloping service; undefined: none. */
  printingService: { email: string; username: string; password: string } | undefined;
  /** The sender's address on paper mail; undefined: not configured (no paper mail). */
  senderAddress: PostalAddress | undefined;
}

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass: string } | undefined;
}

export interface MailConfig {
  from: string;
  /** The SMTP server; undefined: the messages are written as .eml files under `fileDir`. */
  smtp: SmtpConfig | undefined;
  fileDir: string;
}

export type FileStorageConfig =
  | { kind: 'local'; dir: string }
  | {
      kind: 's3';
      bucket: string;
      endpoint: string | undefined;
      region: string;
      credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
      forcePathStyle: boolean;
    };

export type ClamavConfig =
  | { host: string; port: number; timeoutMs: number }
  | { socketPath: string; timeoutMs: number };

export interface AttachmentsConfig {
  /** The largest file accepted (413 above). */
  maxBytes: number;
  /** The most pixels an image may have, read from its header (422 above). */
  maxPixels: number;
  /** The most bytes the FlateDecode streams of a PDF may inflate to, together (422 above). */
  maxInflatedBytes: number;
  storage: FileStorageConfig;
  /** The clamd virus scanner; undefined: files are kept as `unscanned`. */
  clamav: ClamavConfig | undefined;
}

/** DATA_DIR/mail; with the in-memory database of the tests, a folder of this process in tmp. */
function defaultMailDir(dataDir: string): string {
  if (dataDir === 'memory://') return join(tmpdir(), `tuki-mail-${process.pid}`);
  return `${dataDir.replace(/\/$/, '')}/mail`;
}

/** DATA_DIR/files; with the in-memory database of the tests (`memory://`), a folder of this process in tmp. */
function defaultFilesDir(dataDir: string): string {
  if (dataDir === 'memory://') return join(tmpdir(), `tuki-files-${process.pid}`);
  return `${dataDir.replace(/\/$/, '')}/files`;
}

export class ConfigError extends Error {}

/** The credentials made of two variables (a user and a password, a key id and its secret) when both are set. */
function whenBoth<T>(
  first: string | undefined,
  second: string | undefined,
  make: (first: string, second: string) => T,
): T | undefined {
  return first && second ? make(first, second) : undefined;
}

/** Reads and validates the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const oidcClient = (issuer?: string, clientId?: string, clientSecret?: string, scope = 'openid') =>
    issuer && clientId && clientSecret ? { issuer, clientId, clientSecret, scope } : undefined;
  const citizen = oidcClient(
    env.CITIZEN_OIDC_ISSUER,
    env.CITIZEN_OIDC_CLIENT_ID,
    env.CITIZEN_OIDC_CLIENT_SECRET,
    env.CITIZEN_OIDC_SCOPE,
  );
  const staff = oidcClient(
    env.STAFF_OIDC_ISSUER,
    env.STAFF_OIDC_CLIENT_ID,
    env.STAFF_OIDC_CLIENT_SECRET,
    env.STAFF_OIDC_SCOPE,
  );
  const storage: FileStorageConfig = env.S3_BUCKET
    ? {
        kind: 's3',
        bucket: env.S3_BUCKET,
        endpoint: env.S3_ENDPOINT,
        region: env.S3_REGION,
        credentials: whenBoth(
          env.S3_ACCESS_KEY_ID,
          env.S3_SECRET_ACCESS_KEY,
          (accessKeyId, secretAccessKey) => ({
            accessKeyId,
            secretAccessKey,
          }),
        ),
        forcePathStyle: env.S3_FORCE_PATH_STYLE,
      }
    : { kind: 'local', dir: env.FILES_DIR ?? defaultFilesDir(env.DATA_DIR) };
  const clamav: ClamavConfig | undefined = env.CLAMAV_SOCKET
    ? { socketPath: env.CLAMAV_SOCKET, timeoutMs: env.CLAMAV_TIMEOUT_MS }
    : env.CLAMAV_HOST
      ? { host: env.CLAMAV_HOST, port: env.CLAMAV_PORT, timeoutMs: env.CLAMAV_TIMEOUT_MS }
      : undefined;
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT || 3000}`;
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    publicUrl: publicUrl.replace(/\/$/, ''),
    secureCookies: new URL(publicUrl).protocol === 'https:',
    database: {
      url: env.DATABASE_URL,
      poolMax: env.DATABASE_POOL_MAX,
      dataDir: env.DATA_DIR,
      startWaitSeconds: env.DATABASE_START_WAIT_SECONDS,
    },
    logLevel: env.LOG_LEVEL,
    authMode: env.AUTH_MODE,
    seedDemoData: env.SEED_DEMO_DATA ?? env.AUTH_MODE === 'dev',
    session: { idleMinutes: env.SESSION_IDLE_MINUTES, absoluteHours: env.SESSION_ABSOLUTE_HOURS },
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    trustProxy: env.TRUST_PROXY,
    oidc: {
      allowHttp: env.OIDC_ALLOW_HTTP,
      citizen: citizen && {
        ...citizen,
        personalIdentityCodeClaim: env.CITIZEN_OIDC_PIC_CLAIM,
        loaClaim: env.CITIZEN_OIDC_LOA_CLAIM,
      },
      staff: staff && {
        ...staff,
        usernameClaim: env.STAFF_OIDC_USERNAME_CLAIM,
        rolesClaim: env.STAFF_OIDC_ROLES_CLAIM,
      },
    },
    attachments: {
      maxBytes: env.UPLOAD_MAX_BYTES,
      maxPixels: env.ATTACHMENT_MAX_PIXELS,
      maxInflatedBytes: env.ATTACHMENT_MAX_INFLATED_BYTES,
      storage,
      clamav,
    },
    mail: {
      from: env.MAIL_FROM,
      smtp: env.SMTP_HOST
        ? {
            host: env.SMTP_HOST,
            port: env.SMTP_PORT,
            secure: env.SMTP_SECURE,
            auth: whenBoth(env.SMTP_USER, env.SMTP_PASSWORD, (user, pass) => ({ user, pass })),
          }
        : undefined,
      fileDir: defaultMailDir(env.DATA_DIR),
    },
    outbox: { pollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS, leaseMs: env.OUTBOX_LEASE_MS },
    webhooks: {
      pollIntervalMs: env.WEBHOOK_POLL_INTERVAL_MS,
      leaseMs: env.WEBHOOK_LEASE_MS,
      allowPrivate: env.WEBHOOK_ALLOW_PRIVATE ?? env.NODE_ENV === 'development',
    },
    cityMunicipalityCode: env.CITY_MUNICIPALITY_CODE,
    apiTokens: { ttlSeconds: env.API_TOKEN_TTL_SECONDS },
    suomifiMessages: suomifiMessagesConfig(env),
    paymentDebtor: paymentDebtorConfig(env),
    paymentBatchProposeHour: env.PAYMENT_BATCH_PROPOSE_HOUR,
  };
}

function paymentDebtorConfig(env: Env): PaymentDebtorConfig | undefined {
  // The start-up check above has made the group whole or empty.
  if (!env.PAYMENT_DEBTOR_NAME || !env.PAYMENT_DEBTOR_IBAN || !env.PAYMENT_DEBTOR_BIC) return undefined;
  return {
    name: env.PAYMENT_DEBTOR_NAME,
    iban: env.PAYMENT_DEBTOR_IBAN,
    bic: env.PAYMENT_DEBTOR_BIC,
    ...(env.PAYMENT_DEBTOR_BUSINESS_ID ? { organisationId: env.PAYMENT_DEBTOR_BUSINESS_ID } : {}),
  };
}

function suomifiMessagesConfig(env: Env): SuomifiMessagesConfig | undefined {
  // The start-up check above has made each group whole or empty.
  if (!env.SUOMIFI_MESSAGES_URL || !env.SUOMIFI_MESSAGES_USERNAME) return undefined;
  if (!env.SUOMIFI_MESSAGES_PASSWORD || !env.SUOMIFI_MESSAGES_SERVICE_ID) return undefined;
  return {
    url: env.SUOMIFI_MESSAGES_URL.replace(/\/$/, ''),
    username: env.SUOMIFI_MESSAGES_USERNAME,
    initialPassword: env.SUOMIFI_MESSAGES_PASSWORD,
    serviceId: env.SUOMIFI_MESSAGES_SERVICE_ID,
    passwordRotationDays: env.SUOMIFI_PASSWORD_ROTATION_DAYS,
    timeoutMs: env.SUOMIFI_MESSAGES_TIMEOUT_MS,
    printingService:
      env.SUOMIFI_PRINTING_EMAIL && env.SUOMIFI_PRINTING_USERNAME && env.SUOMIFI_PRINTING_PASSWORD
        ? {
            email: env.SUOMIFI_PRINTING_EMAIL,
            username: env.SUOMIFI_PRINTING_USERNAME,
            password: env.SUOMIFI_PRINTING_PASSWORD,
          }
        : undefined,
    senderAddress:
      env.SUOMIFI_SENDER_NAME &&
      env.SUOMIFI_SENDER_STREET_ADDRESS &&
      env.SUOMIFI_SENDER_ZIP_CODE &&
      env.SUOMIFI_SENDER_CITY
        ? {
            name: env.SUOMIFI_SENDER_NAME,
            streetAddress: env.SUOMIFI_SENDER_STREET_ADDRESS,
            zipCode: env.SUOMIFI_SENDER_ZIP_CODE,
            city: env.SUOMIFI_SENDER_CITY,
            countryCode: env.SUOMIFI_SENDER_COUNTRY_CODE,
          }
        : undefined,
  };
}
