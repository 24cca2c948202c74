import { type ValidationCode, validationCodes } from '@tuki/domain';

export function isValidationCode(code: string): code is ValidationCode {
  return (validationCodes as readonly string[]).includes(code);
}
