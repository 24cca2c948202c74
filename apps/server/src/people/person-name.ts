// The name a citizen enters when the identity service did not give it (a person with an empty first or last
// name). It is entered once: only while a part is missing, and only the missing parts; a part the identity service
// gave is never replaced here (and the service's names replace these at the next sign-in that gives them).
import {
  isPersonNameMissing,
  type Language,
  normalizePersonName,
  PERSON_NAME_MAX_LENGTH,
  personNameProblem,
} from '@tuki/domain';
import { translate } from '@tuki/i18n';
import { type AuditContext, recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { PersonRow } from '../db/schema.ts';
import { Conflict, type FieldError, InvalidInput, notFound } from '../shared/errors.ts';
import { lockPerson, updatePersonName } from './persons.repository.ts';

export interface EnterNameInput {
  /** Required when the person has no first name; when they have one, it may only repeat it. */
  firstName?: string | undefined;
  lastName?: string | undefined;
  language: Language;
}

type Part = 'firstName' | 'lastName';
const columns = { firstName: 'first_name', lastName: 'last_name' } as const;

/** Runs inside the caller's transaction; the person row is locked, so two tabs cannot both set it. */
export async function enterMyName(
  db: Db,
  personId: string,
  input: EnterNameInput,
  audit: AuditContext,
  now: Date,
): Promise<PersonRow> {
  const person = await lockPerson(db, personId);
  if (!person) throw notFound();
  const { language } = input;
  if (!isPersonNameMissing({ firstName: person.first_name, lastName: person.last_name })) {
    throw new Conflict(translate(language, 'account.name.errors.alreadyKnown'), {
      code: 'name-already-known',
    });
  }
  const errors: FieldError[] = [];
  const values: Partial<Record<Part, string>> = {};
  for (const part of ['firstName', 'lastName'] as const) {
    const known = person[columns[part]].trim();
    const given = input[part];
    if (known !== '') {
      if (given !== undefined && normalizePersonName(given) !== known) {
        errors.push({
          path: part,
          code: 'already_known',
          message: translate(language, 'account.name.errors.alreadyKnown'),
        });
      }
      continue;
    }
    const problem = personNameProblem(given ?? '');
    if (problem) {
      errors.push({
        path: part,
        code: problem,
        message: translate(language, `account.name.errors.${problem}`, { max: PERSON_NAME_MAX_LENGTH }),
      });
    } else {
      values[part] = normalizePersonName(given ?? '');
    }
  }
  if (errors.length > 0) {
    throw new InvalidInput(translate(language, 'account.name.errorHeading'), { errors });
  }
  const updated = await updatePersonName(db, person.id, values, now);
  await recordAudit(
    db,
    audit,
    {
      action: 'person.name_enter',
      subjectPersonId: person.id,
      objectType: 'person',
      objectId: person.id,
      details: { entered: Object.keys(values), source: 'person' },
    },
    now,
  );
  return updated;
}
