// Public API of @tuki/domain.

export * from './api-scopes.ts';
export * from './application/actions.ts';
export * from './application/attachments.ts';
export * from './application/attention.ts';
export * from './application/completeness.ts';
export * from './application/content.ts';
export * from './application/due-date.ts';
export * from './application/information-request.ts';
export * from './application/status.ts';
export * from './calendar-date.ts';
export * from './date-ranges.ts';
export * from './event-types.ts';
export * from './iban.ts';
export * from './languages.ts';
export * from './mask.ts';
export * from './person-name.ts';
export * from './personal-identity-code.ts';
export * from './privileged-grants.ts';
export * from './retention.ts';
export * from './staff-roles.ts';
export * from './working-days.ts';
