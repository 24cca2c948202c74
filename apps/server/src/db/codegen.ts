// npm run db:types: the Kysely table types (schema.gen.ts), generated from a throw-away database migrated from
// scratch. By default the database is an in-memory PGlite; `--postgres URL` creates one on that PostgreSQL server
// instead, and drops it after. `--out FILE` writes elsewhere (the test compares such a file with the committed one).
//
// The generator reads each column's SQL type, nullability and default. What SQL does not tell is said here, in
// `narrowedColumns`: the columns that hold fewer values than their type allows (a check constraint), typed with the
// vocabulary of @tuki/domain or of column-types.ts, and `filledByTriggers`, the columns a trigger fills on insert.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { type ColumnMetadata, PostgresDialect, serializeFromMetadata } from 'kysely-codegen';
import { openDatabase } from './database.ts';
import { migrate } from './migrate.ts';
import { createScratchDatabase, dropWhenUnused } from './scratch-database.ts';

export const generatedFile = new URL('./schema.gen.ts', import.meta.url);

/**
 * `table.column`: the column's type, without `null` and `Generated<…>`, which are added from the database (a nullable
 * column gets `| null` unless its type here places `null` itself).
 */
export const narrowedColumns: Readonly<Record<string, string>> = {
  'person.preferred_language': 'Language',
  'staff_role_grant.state': 'RoleGrantState',
  'session.kind': 'SessionKind',
  'session.auth_method': 'AuthMethod',
  'oidc_login.audience': 'SessionKind',
  'api_client.approval': 'ApiClientApproval',
  'api_signing_key.algorithm': 'SigningAlgorithm',
  'api_signing_key.public_jwk': 'JsonText<Record<string, unknown>>',
  'audit_event.actor_type': 'AuditActorType',
  'audit_event.outcome': 'AuditOutcome',
  'application.kind': 'CaseKind',
  'application.status': 'ApplicationStatus',
  'application.content': 'JsonText<Record<string, unknown>>',
  'application_status_history.status': 'ApplicationStatus',
  'application_status_history.previous_status': 'ApplicationStatus',
  'application_status_history.actor_type': 'StatusChangeActorType',
  'outbox.payload': 'JsonText<Record<string, unknown>>',
  'notification_sent.channel': 'NotificationChannel',
  'notification_sent.state': 'NotificationState',
  'information_request_item.code': 'InformationItemCode',
  'attachment.category': 'AttachmentCategory',
  'message.sender_type': 'MessageSenderType',
  // The rows of a parameter set never change (a trigger of 0013 refuses it).
  'rule_parameter_set.parameters': 'Immutable<unknown>',
  'rule_parameter_set.revises': 'Immutable<string | null>',
  'rule_parameter_set.origin': 'ParameterSetOrigin',
  'decision.outcome': 'DecisionOutcomeValue',
  'decision.language': 'Language',
  'decision.delivery': 'DecisionDelivery',
  'event.data': 'JsonText<Record<string, unknown>>',
  'webhook_delivery.status': 'WebhookDeliveryStatus',
  'payment.payee_kind': 'PaymentPayeeKind',
  'payment.status': 'PaymentStatus',
  'case_attention_resolution.reason': 'AttentionReason',
  'case_attention_resolution.resolution': 'AttentionResolution',
  'suomifi_notice.kind': 'SuomifiNoticeKind',
  'suomifi_notice.outcome': 'SuomifiNoticeOutcome',
  'payment_batch.status': 'PaymentBatchStatus',
  'payment_commitment.kind': 'PaymentCommitmentKind',
  'payment_commitment.payee_language': 'Language',
  'retention_plan.record_type': 'RecordType',
  'retention_plan.publicity': 'PublicityClass',
  'destruction_list.status': 'DestructionListStatus',
  'destruction_list_case.outcome': 'DestructionOutcome',
  'destruction_list_case.documents': 'JsonText<DestructionDocument[]>',
  'destruction_record.documents': 'JsonText<DestructionDocument[]>',
  'destruction_record.counts': 'JsonText<Partial<Record<RecordType, number>>>',
  'webhook_subscription.event_types': 'EventType[]',
  'staff_user.roles': 'StaffRole[]',
  'staff_role_grant.roles': 'StaffRole[]',
  'api_client.scopes': 'ApiScope[]',
};

/** The columns that a trigger fills on insert: optional there, as if they had a default. */
export const filledByTriggers: readonly string[] = [
  'audit_event.seq',
  'audit_event.prev_hash',
  'audit_event.hash',
];

/** Where the names used in `narrowedColumns` come from. */
const typeImports: Readonly<Record<string, string>> = {
  ApiScope: '@tuki/domain',
  ApplicationStatus: '@tuki/domain',
  AttachmentCategory: '@tuki/domain',
  CaseKind: '@tuki/domain',
  AttentionReason: '@tuki/domain',
  AttentionResolution: '@tuki/domain',
  EventType: '@tuki/domain',
  InformationItemCode: '@tuki/domain',
  Language: '@tuki/domain',
  PublicityClass: '@tuki/domain',
  RecordType: '@tuki/domain',
  StaffRole: '@tuki/domain',
  ApiClientApproval: './column-types.ts',
  PaymentCommitmentKind: './column-types.ts',
  AuditActorType: './column-types.ts',
  AuditOutcome: './column-types.ts',
  AuthMethod: './column-types.ts',
  DecisionDelivery: './column-types.ts',
  DecisionOutcomeValue: './column-types.ts',
  DestructionDocument: './column-types.ts',
  DestructionListStatus: './column-types.ts',
  DestructionOutcome: './column-types.ts',
  Immutable: './column-types.ts',
  JsonText: './column-types.ts',
  MessageSenderType: './column-types.ts',
  NotificationChannel: './column-types.ts',
  NotificationState: './column-types.ts',
  ParameterSetOrigin: './column-types.ts',
  PaymentBatchStatus: './column-types.ts',
  PaymentPayeeKind: './column-types.ts',
  PaymentStatus: './column-types.ts',
  RoleGrantState: './column-types.ts',
  SessionKind: './column-types.ts',
  SigningAlgorithm: './column-types.ts',
  StatusChangeActorType: './column-types.ts',
  SuomifiNoticeKind: './column-types.ts',
  SuomifiNoticeOutcome: './column-types.ts',
  WebhookDeliveryStatus: './column-types.ts',
};

/**
 * How SQL types are read (database.ts): bigints as numbers, byte arrays as Uint8Array (pg's Buffer is one), JSON
 * as the parsed value written as JSON text unless `narrowedColumns` says more; dates stay 'YYYY-MM-DD' strings.
 */
const typeMapping = { int8: 'number', bytea: 'Uint8Array' };
const jsonTypes = new Set(['json', 'jsonb']);

const HEADER = `// Generated from apps/server/migrations by \`npm run db:types\` (apps/server/src/db/codegen.ts): do not edit.
// The code imports these types through schema.ts.
`;

export class ColumnTypeError extends Error {}

/** The TypeScript source of the table types of a migrated database. */
export async function generateDatabaseTypes(
  // biome-ignore lint/suspicious/noExplicitAny: the introspection reads the catalogue, whatever the tables are
  db: Kysely<any>,
  columns: Readonly<Record<string, string>> = narrowedColumns,
): Promise<string> {
  const dialect = new PostgresDialect({ dateParser: 'string' });
  const metadata = await dialect.introspector.introspect({ db });
  const found = new Map<string, ColumnMetadata>(
    metadata.tables.flatMap((table) =>
      table.columns.map((column) => [`${table.name}.${column.name}`, column]),
    ),
  );
  for (const path of filledByTriggers) {
    const column = found.get(path);
    if (!column) throw new ColumnTypeError(`${path}, filled by a trigger, is not in the database`);
    column.hasDefaultValue = true;
  }
  for (const path of Object.keys(columns)) {
    if (!found.has(path)) {
      throw new ColumnTypeError(`${path} has a type in codegen.ts but is not in the database`);
    }
  }
  const overrides: Record<string, string> = {};
  for (const [path, column] of found) {
    let type = columns[path] ?? (jsonTypes.has(column.dataType) ? 'JsonText' : undefined);
    if (type === undefined) continue;
    const placesNull = /\bnull\b/.test(type);
    if (placesNull && !column.isNullable) {
      throw new ColumnTypeError(`${path} is not null but its type in codegen.ts allows null`);
    }
    if (column.isNullable && !placesNull) type = `${type} | null`;
    if (column.hasDefaultValue || column.isAutoIncrementing) type = `Generated<${type}>`;
    overrides[path] = type;
  }
  const source = serializeFromMetadata({
    metadata,
    dialect,
    overrides: { columns: overrides },
    customImports: typeImports,
    typeMapping,
    skipAutogeneratedFileComment: true,
  });
  return `${HEADER}\n${source}`;
}

/** Migrates a new, empty database and returns its generated types. */
export async function generateFromMigrations(options: { postgres?: string } = {}): Promise<string> {
  let url: string | undefined;
  let name: string | undefined;
  if (options.postgres) ({ name, url } = await createScratchDatabase(options.postgres, 'tuki_types'));
  try {
    const handle = await openDatabase({ url, dataDir: 'memory://', poolMax: 1 });
    try {
      await migrate(handle);
      return await generateDatabaseTypes(handle.db);
    } finally {
      await handle.close();
    }
  } finally {
    if (options.postgres && name) await dropWhenUnused(options.postgres, name);
  }
}

if (import.meta.main) {
  try {
    const { values } = parseArgs({ options: { out: { type: 'string' }, postgres: { type: 'string' } } });
    const source = await generateFromMigrations({ postgres: values.postgres });
    const out = values.out ?? generatedFile;
    writeFileSync(out, source);
    console.log(`wrote ${typeof out === 'string' ? out : out.pathname}`);
  } catch (error) {
    console.error(`generating the database types failed: ${(error as Error).message}`);
    process.exit(1);
  }
}
