// The values of the add and edit forms, their checks in the browser (the same rules as the API's), and the
// API's refusals turned into texts at the fields, in the user's language.

import { isApiProblem, type StaffRole } from '@tuki/api-client';
import { staffRoles } from '@tuki/domain';
import type { Translator } from '@tuki/i18n';

export const allRoles: readonly StaffRole[] = staffRoles;

export interface UserFormValues {
  username: string;
  firstName: string;
  lastName: string;
  email: string;
  roles: StaffRole[];
  active: boolean;
}

export type FieldName = keyof UserFormValues;
export type FieldErrors = Partial<Record<FieldName, string>>;

/** The order of the fields on the page, which is also the order of the error summary. */
export const fieldOrder: readonly FieldName[] = [
  'username',
  'firstName',
  'lastName',
  'email',
  'roles',
  'active',
];

const USERNAME = /^[a-z0-9._@-]{1,100}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const emptyValues: UserFormValues = {
  username: '',
  firstName: '',
  lastName: '',
  email: '',
  roles: [],
  active: true,
};

export function validate(values: UserFormValues, t: Translator, withUsername: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (withUsername) {
    if (values.username === '') errors.username = t('staffUsers.errors.usernameRequired');
    else if (!USERNAME.test(values.username)) errors.username = t('staffUsers.errors.usernameInvalid');
  }
  if (values.firstName.trim() === '') errors.firstName = t('staffUsers.errors.firstNameRequired');
  if (values.lastName.trim() === '') errors.lastName = t('staffUsers.errors.lastNameRequired');
  if (values.email.trim() !== '' && !EMAIL.test(values.email.trim())) {
    errors.email = t('staffUsers.errors.emailInvalid');
  }
  return errors;
}

export interface Refusal {
  fields: FieldErrors;
  /** A text for the whole form, when the refusal is not about one field. */
  general?: string;
  /** 412: the user changed since it was loaded. */
  stale?: boolean;
}

const problemKind = (type: string) => type.slice(type.lastIndexOf('/') + 1);

function fieldOf(path: string): FieldName | undefined {
  const head = path.split('.')[0];
  return fieldOrder.find((field) => field === head);
}

/** The API's answer to a create or update, as texts for the form; undefined for what the app shows itself. */
export function refusalOf(error: unknown, t: Translator): Refusal | undefined {
  if (!isApiProblem(error)) return undefined;
  if (error.status === 412) return { fields: {}, stale: true };
  if (error.status === 404) return { fields: {}, general: t('staffUsers.errors.notFound') };
  if (error.status === 409) {
    const kind = problemKind(error.type);
    if (kind === 'username-taken') return { fields: { username: t('staffUsers.errors.usernameTaken') } };
    if (kind === 'cannot-deactivate-self') {
      return { fields: { active: t('staffUsers.errors.cannotDeactivateSelf') } };
    }
    if (kind === 'cannot-grant-self') return { fields: { roles: t('staffUsers.errors.cannotGrantSelf') } };
    if (kind === 'last-admin') {
      const field = fieldOf(error.errors[0]?.path ?? '') === 'active' ? 'active' : 'roles';
      return { fields: { [field]: t('staffUsers.errors.lastAdmin') } };
    }
    return { fields: {}, general: t('staffUsers.errors.failed') };
  }
  if (error.status === 400) {
    const messages: Record<FieldName, string> = {
      username: t('staffUsers.errors.usernameInvalid'),
      firstName: t('staffUsers.errors.firstNameRequired'),
      lastName: t('staffUsers.errors.lastNameRequired'),
      email: t('staffUsers.errors.emailInvalid'),
      roles: t('staffUsers.errors.rolesInvalid'),
      active: t('staffUsers.errors.failed'),
    };
    const fields: FieldErrors = {};
    for (const fieldError of error.errors) {
      const field = fieldOf(fieldError.path);
      if (field) fields[field] = messages[field];
    }
    return Object.keys(fields).length > 0 ? { fields } : { fields, general: t('staffUsers.errors.failed') };
  }
  // 401, 403 and server errors are shown by the app-wide notification.
  if (error.status === 401 || error.status === 403 || error.status >= 500) return undefined;
  return { fields: {}, general: t('staffUsers.errors.failed') };
}
