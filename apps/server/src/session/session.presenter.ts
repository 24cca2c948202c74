// Maps session rows to the API's session representation.
import { languages, staffRoles } from '@tuki/domain';
import { z } from 'zod';
import { nameOf } from '../shared/names.ts';
import type { Principal } from '../shared/principal.ts';
import type { SessionPolicy } from './sessions.ts';
import { sessionExpiresAt } from './sessions.ts';

export const staffRoleSchema = z.enum(staffRoles).meta({ id: 'StaffRole' });
export const languageSchema = z.enum(languages).meta({ id: 'Language' });

const common = {
  csrfToken: z.string().describe('Send this in the X-CSRF-Token header of every POST, PUT, PATCH and DELETE'),
  expiresAt: z.iso.datetime().describe('When the session ends if idle'),
};

export const citizenSessionSchema = z
  .object({
    kind: z.literal('citizen'),
    person: z.object({
      id: z.uuid(),
      firstName: z.string(),
      lastName: z.string(),
      preferredLanguage: languageSchema,
    }),
    ...common,
  })
  .meta({ id: 'CitizenSession' });

export const staffSessionSchema = z
  .object({
    kind: z.literal('staff'),
    staffUser: z.object({
      id: z.uuid(),
      username: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      roles: z.array(staffRoleSchema),
    }),
    ...common,
  })
  .meta({ id: 'StaffSession' });

export const sessionSchema = z
  .discriminatedUnion('kind', [citizenSessionSchema, staffSessionSchema])
  .meta({ id: 'Session' });

export type SessionView = z.infer<typeof sessionSchema>;

export function presentSession(
  principal: Exclude<Principal, { kind: 'client' }>,
  policy: SessionPolicy,
): SessionView {
  const common = {
    csrfToken: principal.session.csrf_token,
    expiresAt: sessionExpiresAt(principal.session, policy).toISOString(),
  };
  if (principal.kind === 'citizen') {
    const person = principal.person;
    return {
      kind: 'citizen',
      person: {
        id: person.id,
        ...nameOf(person),
        preferredLanguage: person.preferred_language,
      },
      ...common,
    };
  }
  const user = principal.staffUser;
  return {
    kind: 'staff',
    staffUser: {
      id: user.id,
      username: user.username,
      ...nameOf(user),
      roles: user.roles,
    },
    ...common,
  };
}
