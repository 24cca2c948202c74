// Privileged grants waiting for a second admin (admins only): listPendingApprovals, and the decisions on staff role
// grants, approveStaffRoleGrant and rejectStaffRoleGrant (the API clients' are in api-clients.routes.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { commonErrorResponses, problemSchema } from '../http/problem.ts';
import { presentStaffUser, staffUserSchema, staffUserTag } from '../staff-users/index.ts';
import { listPendingApprovals, pendingApprovalListSchema } from './pending-approvals.ts';
import { approveRoleGrant, rejectRoleGrant } from './staff-role-grants.ts';

const tags = ['approvals'];
const adminOnly = access.staff(['admin']);
const params = z.object({ grantId: z.uuid() });
const GRANTS = '/api/v1/staff-role-grants';

const decisionErrors = {
  ...commonErrorResponses,
  404: problemSchema.describe('No such role grant'),
  409: problemSchema.describe('The grant is not waiting for approval (type …/not-pending)'),
};

export async function approvalsRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/approvals',
    {
      config: { access: adminOnly },
      schema: {
        operationId: 'listPendingApprovals',
        summary: 'Privileged grants waiting for a second admin, oldest first (admins)',
        description:
          'API clients with scopes that read or change personal data (applications:read, decisions:read, ' +
          'audit:read, gdpr:read, gdpr:delete) and handling or auditing roles (handler, social_worker, ' +
          'supervisor, auditor) given to staff users take effect only when an admin other than the one who ' +
          'asked approves them. mayApprove tells whether you may.',
        tags,
        response: { 200: pendingApprovalListSchema, ...commonErrorResponses },
      },
    },
    async (request) => ({ items: await listPendingApprovals(db, request.staff()) }),
  );

  api.post(
    `${GRANTS}/:grantId/approval`,
    {
      config: { access: adminOnly },
      schema: {
        operationId: 'approveStaffRoleGrant',
        summary: 'Approve handling or auditing roles given to a staff user (another admin)',
        description:
          'The roles are added to the user’s roles. The admin who asked, and the user the roles are for, cannot ' +
          'approve (403, type …/cannot-approve-own-request). Audited (staff_role_grant.approve).',
        tags,
        params,
        response: {
          200: staffUserSchema,
          ...decisionErrors,
          403: problemSchema.describe(
            'Not an admin, or your own request or roles (type …/cannot-approve-own-request)',
          ),
        },
      },
    },
    async (request, reply) => {
      const user = await approveRoleGrant(db, request.staff(), request.params.grantId, clock.now());
      reply.etag(staffUserTag(user));
      return presentStaffUser(user);
    },
  );

  api.post(
    `${GRANTS}/:grantId/rejection`,
    {
      config: { access: adminOnly },
      schema: {
        operationId: 'rejectStaffRoleGrant',
        summary:
          'Reject handling or auditing roles waiting for approval (any admin; the one who asked cancels)',
        description:
          'The user’s roles do not change. Audited (staff_role_grant.reject, or .cancel by the admin who asked).',
        tags,
        params,
        response: { 204: z.null().describe('Rejected'), ...decisionErrors },
      },
    },
    async (request, reply) => {
      await rejectRoleGrant(db, request.staff(), request.params.grantId, clock.now());
      return reply.code(204).send(null);
    },
  );
}
