// Suomi.fi Messages (Suomi.fi-viestit), the national channel for official letters: what the rest of the server uses.
export {
  type EventPage,
  type OutgoingMessage,
  type SendResult,
  type SuomifiClientOptions,
  SuomifiMessagesClient,
} from './client.ts';
export {
  SuomifiAuthRefused,
  SuomifiBadResponse,
  type SuomifiError,
  SuomifiRequestRefused,
  SuomifiUnavailable,
} from './errors.ts';
export { suomifiPasswordRotationTask } from './password-rotation-task.ts';
export type { PostalAddress, SuomifiEvent, SuomifiEventType } from './schemas.ts';
export * as suomifiSchemas from './schemas.ts';
