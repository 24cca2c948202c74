// Staff users as the API shows them: the whole record for admins (StaffUser), and the list item whose
// admin-only fields are absent for the handling roles (StaffUserListItem); the request bodies; the ETag.
import { createHash } from 'node:crypto';
import { type StaffRole, staffRoles } from '@tuki/domain';
import { z } from 'zod';
import type { StaffUserRow } from '../db/schema.ts';
import { staffRoleSchema } from '../session/index.ts';

/** The database's check on staff_user.username (migration 0001). */
export const USERNAME_PATTERN = /^[a-z0-9._@-]{1,100}$/;

const usernameSchema = z
  .string()
  .regex(USERNAME_PATTERN, 'must be 1–100 characters: lower-case letters a–z, digits and . _ @ -')
  .describe('Lower-case letters a–z, digits and . _ @ - (1–100); the same as the directory’s username');
const nameSchema = z.string().trim().min(1, 'is required').max(100);
const emailSchema = z.email('is not an e-mail address').max(254);
const rolesSchema = z
  .array(staffRoleSchema)
  .max(staffRoles.length)
  .refine((roles) => new Set(roles).size === roles.length, 'must not repeat a role')
  .describe('Every role at most once; an empty list is allowed (the user can sign in but do nothing)');

export const staffUserSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string().nullable(),
    roles: z.array(staffRoleSchema),
    active: z.boolean().describe('An inactive user cannot sign in; deactivating ends their sessions'),
    pendingRoles: z
      .array(staffRoleSchema)
      .describe(
        'Handling or auditing roles given to the user that wait for another admin’s approval (not in roles yet)',
      ),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'StaffUser' });

export const staffUserListItemSchema = z
  .object({
    id: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    roles: z.array(staffRoleSchema),
    username: z.string().optional().describe('Admins only'),
    email: z.string().nullable().optional().describe('Admins only'),
    active: z.boolean().optional().describe('Admins only'),
    pendingRoles: z.array(staffRoleSchema).optional().describe('Admins only: roles waiting for approval'),
    createdAt: z.iso.datetime().optional().describe('Admins only'),
    updatedAt: z.iso.datetime().optional().describe('Admins only'),
  })
  .meta({
    id: 'StaffUserListItem',
    description:
      'Two shapes: for an admin every field of every user (as StaffUser); for the handling roles only id, ' +
      'names and roles of the active users who handle cases (the colleagues an application can be given to).',
  });

export const staffUserListSchema = z
  .object({ items: z.array(staffUserListItemSchema) })
  .meta({ id: 'StaffUserList' });

export const createStaffUserBody = z
  .object({
    username: usernameSchema,
    firstName: nameSchema,
    lastName: nameSchema,
    email: emailSchema.nullable().optional(),
    roles: rolesSchema,
  })
  .meta({ id: 'CreateStaffUserRequest' });

export const updateStaffUserBody = z
  .object({
    firstName: nameSchema.optional(),
    lastName: nameSchema.optional(),
    email: emailSchema.nullable().optional().describe('null removes the address'),
    roles: rolesSchema.optional(),
    active: z.boolean().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'give at least one field')
  .meta({
    id: 'UpdateStaffUserRequest',
    description: 'Only the fields given are changed; the username cannot be changed',
  });

export type CreateStaffUserInput = z.infer<typeof createStaffUserBody>;
export type UpdateStaffUserInput = z.infer<typeof updateStaffUserBody>;
export type StaffUser = z.infer<typeof staffUserSchema>;
export type StaffUserListItem = z.infer<typeof staffUserListItemSchema>;

const rolesOf = (row: StaffUserRow): StaffRole[] => row.roles;

export function presentStaffUser(row: StaffUserRow, pendingRoles: readonly string[] = []): StaffUser {
  return {
    id: row.id,
    username: row.username,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    roles: rolesOf(row),
    active: row.active,
    pendingRoles: staffRoleSchema.array().parse(pendingRoles),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** What the handling roles see of a colleague. */
export function presentColleague(row: StaffUserRow): StaffUserListItem {
  return { id: row.id, firstName: row.first_name, lastName: row.last_name, roles: rolesOf(row) };
}

/**
 * The strong ETag of a staff user: `"<id>:<hash>"`, the hash over every field the API shows. The table has no
 * version column, so the tag follows the content (and the update time), which is what a strong tag must do.
 */
export function staffUserTag(row: StaffUserRow): string {
  const content = JSON.stringify([
    row.username,
    row.first_name,
    row.last_name,
    row.email,
    row.roles,
    row.active,
    row.external_id,
    row.updated_at.toISOString(),
  ]);
  return `"${row.id}:${createHash('sha256').update(content).digest('base64url').slice(0, 22)}"`;
}
