// What waits for an admin's approval: API clients with personal-data scopes and staff role grants, oldest first,
// each with whether the admin asking may approve it (not their own request, not roles for themselves).
import { z } from 'zod';
import type { StaffActor } from '../applications/index.ts';
import type { Db } from '../db/database.ts';
import { staffRoleSchema } from '../session/index.ts';
import { entityTag } from '../shared/versions.ts';
import { privilegedScopesOf } from './approval-rules.ts';
import { findPendingApiClients, findPendingRoleGrants, findStaffNames } from './approvals.repository.ts';

const staffRefSchema = z
  .object({ id: z.uuid(), username: z.string(), firstName: z.string(), lastName: z.string() })
  .meta({ id: 'StaffUserRef' });

export const pendingApprovalSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('api_client'),
      id: z.uuid().describe('The API client (approveApiClient / rejectApiClient)'),
      name: z.string().describe('The client’s name'),
      scopes: z.array(z.string()).describe('The scopes that read or change personal data'),
      etag: z.string().describe('The client’s ETag: send it in If-Match when approving'),
      requestedBy: staffRefSchema.nullable().describe('null: asked by the system (the migration)'),
      requestedAt: z.iso.datetime(),
      mayApprove: z.boolean().describe('false: you asked for it yourself'),
    }),
    z.object({
      kind: z.literal('staff_role_grant'),
      id: z.uuid().describe('The grant (approveStaffRoleGrant / rejectStaffRoleGrant)'),
      staffUser: staffRefSchema,
      roles: z.array(staffRoleSchema),
      requestedBy: staffRefSchema,
      requestedAt: z.iso.datetime(),
      mayApprove: z.boolean().describe('false: you asked for it, or the roles are for you'),
    }),
  ])
  .meta({ id: 'PendingApproval' });

export const pendingApprovalListSchema = z
  .object({ items: z.array(pendingApprovalSchema) })
  .meta({ id: 'PendingApprovalList' });

export type PendingApproval = z.infer<typeof pendingApprovalSchema>;

export async function listPendingApprovals(db: Db, actor: StaffActor): Promise<PendingApproval[]> {
  const me = actor.staffUser.id;
  const [clients, grants, staff] = await Promise.all([
    findPendingApiClients(db),
    findPendingRoleGrants(db),
    findStaffNames(db),
  ]);
  const byId = new Map(
    staff.map((user) => [
      user.id,
      { id: user.id, username: user.username, firstName: user.first_name, lastName: user.last_name },
    ]),
  );
  const refOf = (id: string) => {
    const ref = byId.get(id);
    if (!ref) throw new Error(`staff user ${id} is missing`);
    return ref;
  };
  const items: PendingApproval[] = [
    ...clients.map((client) => ({
      kind: 'api_client' as const,
      id: client.id,
      name: client.name,
      scopes: privilegedScopesOf(client.scopes),
      etag: entityTag(client.id, client.version),
      requestedBy: client.approval_requested_by ? refOf(client.approval_requested_by) : null,
      requestedAt: (client.approval_requested_at ?? client.updated_at).toISOString(),
      mayApprove: client.approval_requested_by !== me,
    })),
    ...grants.map((grant) => ({
      kind: 'staff_role_grant' as const,
      id: grant.id,
      staffUser: refOf(grant.staff_user_id),
      roles: grant.roles,
      requestedBy: refOf(grant.requested_by),
      requestedAt: grant.requested_at.toISOString(),
      mayApprove: grant.requested_by !== me && grant.staff_user_id !== me,
    })),
  ];
  return items.sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id));
}
