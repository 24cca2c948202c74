// Demo people for the embedded default and the development sign-in: citizens in the household types the
// service meets most, and one staff user per role, named after the role. Codes are valid but fictitious
// (individual numbers 900-999 are reserved for temporary codes and never given to real people).
import { type Language, makePersonalIdentityCode, type StaffRole, staffRoles } from '@tuki/domain';
import type { Db } from '../db/database.ts';
import { insertPersonsUnlessPresent } from '../people/persons.repository.ts';
import { insertStaffUsersUnlessPresent } from '../staff-users/staff-users.repository.ts';

export type Household = 'single' | 'couple_with_children' | 'single_parent' | 'young_adult_with_parents';

export interface DemoCitizen {
  personalIdentityCode: string;
  firstName: string;
  lastName: string;
  household: Household;
  preferredLanguage: Language;
  streetAddress: string;
  postalCode: string;
  city: string;
  email: string;
  phone: string;
}

const code = (dateOfBirth: string, individualNumber: number) =>
  makePersonalIdentityCode(dateOfBirth, individualNumber);

export const demoCitizens: DemoCitizen[] = [
  {
    personalIdentityCode: code('1985-03-14', 901),
    firstName: 'Matti',
    lastName: 'Meikäläinen',
    household: 'single',
    preferredLanguage: 'fi',
    streetAddress: 'Mannerheimintie 10 A 5',
    postalCode: '00100',
    city: 'Helsinki',
    email: 'matti.meikalainen@example.fi',
    phone: '+358401234567',
  },
  {
    personalIdentityCode: code('1990-07-02', 902),
    firstName: 'Anna',
    lastName: 'Öhman',
    household: 'couple_with_children',
    preferredLanguage: 'sv',
    streetAddress: 'Fredrikinkatu 33 B 12',
    postalCode: '00120',
    city: 'Helsinki',
    email: 'anna.ohman@example.fi',
    phone: '+358401234568',
  },
  {
    personalIdentityCode: code('1992-11-23', 904),
    firstName: 'Jukka',
    lastName: 'Öhman',
    household: 'couple_with_children',
    preferredLanguage: 'fi',
    streetAddress: 'Fredrikinkatu 33 B 12',
    postalCode: '00120',
    city: 'Helsinki',
    email: 'jukka.ohman@example.fi',
    phone: '+358401234569',
  },
  {
    personalIdentityCode: code('1988-01-30', 906),
    firstName: 'Sanna',
    lastName: 'Mäkelä',
    household: 'single_parent',
    preferredLanguage: 'fi',
    streetAddress: 'Kontulantie 5 C 30',
    postalCode: '00940',
    city: 'Helsinki',
    email: 'sanna.makela@example.fi',
    phone: '+358401234570',
  },
  {
    personalIdentityCode: code('2006-05-18', 908),
    firstName: 'Aleksi',
    lastName: 'Virtanen',
    household: 'young_adult_with_parents',
    preferredLanguage: 'en',
    streetAddress: 'Itäkatu 2 D 44',
    postalCode: '00930',
    city: 'Helsinki',
    email: 'aleksi.virtanen@example.fi',
    phone: '+358401234571',
  },
];

const staffNames: Record<StaffRole, { firstName: string; lastName: string }> = {
  handler: { firstName: 'Hanna', lastName: 'Käsittelijä' },
  social_worker: { firstName: 'Sami', lastName: 'Sosiaalityöntekijä' },
  supervisor: { firstName: 'Eeva', lastName: 'Esihenkilö' },
  admin: { firstName: 'Antti', lastName: 'Ylläpitäjä' },
  auditor: { firstName: 'Tiina', lastName: 'Tarkastaja' },
  payment_approver: { firstName: 'Maija', lastName: 'Maksaja' },
  archivist: { firstName: 'Arja', lastName: 'Arkistonhoitaja' },
};

/** A role's demo user is named after the role, except the payment approver, who signs in as `payer`. */
const staffUsernames: Partial<Record<StaffRole, string>> = { payment_approver: 'payer' };

/**
 * One staff user per role, named after the role (the payment approver `payer`), and a second admin (`admin2`):
 * privileged grants (API clients that read personal data, handling, auditing and payment-approving roles) take the
 * approval of an admin other than the one who asked.
 */
export const demoStaff: readonly {
  username: string;
  roles: StaffRole[];
  firstName: string;
  lastName: string;
}[] = [
  ...staffRoles.map((role) => ({
    username: staffUsernames[role] ?? role,
    roles: [role],
    ...staffNames[role],
  })),
  { username: 'admin2', roles: ['admin'], firstName: 'Outi', lastName: 'Pääkäyttäjä' },
];

/** Inserts the demo people that are missing; running it again changes nothing. */
export async function seedDemoData(db: Db, now: Date): Promise<void> {
  // The columns a demo citizen's and a staff user's rows share: the name, and the time of the seeding.
  const named = (who: { firstName: string; lastName: string }) => ({
    first_name: who.firstName,
    last_name: who.lastName,
    created_at: now,
    updated_at: now,
  });
  await insertPersonsUnlessPresent(
    db,
    demoCitizens.map((citizen) => ({
      ...named(citizen),
      personal_identity_code: citizen.personalIdentityCode,
      preferred_language: citizen.preferredLanguage,
      street_address: citizen.streetAddress,
      postal_code: citizen.postalCode,
      city: citizen.city,
      email: citizen.email,
      phone: citizen.phone,
    })),
  );
  await insertStaffUsersUnlessPresent(
    db,
    demoStaff.map((staff) => ({
      ...named(staff),
      username: staff.username,
      email: `${staff.username}@tuki.example`,
      roles: staff.roles,
    })),
  );
}
