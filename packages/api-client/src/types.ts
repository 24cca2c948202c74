// Names for the API's request and response bodies, taken from the generated operations by operationId.

import type { operations } from './schema.gen.ts';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON body of the first 2xx response of an operation. */
export type ResponseBody<Id extends keyof operations> = JsonBody<
  operations[Id]['responses'][Extract<keyof operations[Id]['responses'], 200 | 201 | 202>]
>;

/** The JSON request body of an operation. */
export type RequestBody<Id extends keyof operations> = operations[Id] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

export type PublicConfig = ResponseBody<'getPublicConfig'>;
export type AuthMode = PublicConfig['authMode'];
export type Session = ResponseBody<'getSession'>;
export type CitizenSession = Extract<Session, { kind: 'citizen' }>;
export type StaffSession = Extract<Session, { kind: 'staff' }>;
export type SessionPerson = CitizenSession['person'];
export type SessionStaffUser = StaffSession['staffUser'];
export type StaffRole = SessionStaffUser['roles'][number];
export type DevAccounts = ResponseBody<'listDevAccounts'>;
export type DevCitizenAccount = DevAccounts['citizens'][number];
export type DevStaffAccount = DevAccounts['staff'][number];
export type DevLoginRequest = RequestBody<'devLogin'>;
