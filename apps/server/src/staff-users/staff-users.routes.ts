// Staff users: listStaffUsers (admins: everyone; the handling roles: their colleagues, for giving a case to one),
// getStaffUser, createStaffUser and updateStaffUser (admins only).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { handlingRoles } from '../applications/index.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { ifMatchHeaders } from '../http/etag.ts';
import { commonErrorResponses, problemSchema } from '../http/problem.ts';
import {
  createStaffUserBody,
  presentStaffUser,
  staffUserListSchema,
  staffUserSchema,
  updateStaffUserBody,
} from './staff-user.presenter.ts';
import {
  createStaffUser,
  getStaffUser,
  listStaffUsers,
  updateStaffUser,
  type VersionedStaffUser,
} from './staff-users-admin.ts';

const BASE = '/api/v1/staff-users';
const tags = ['staff users'];
const adminOnly = access.staff(['admin']);
const params = z.object({ staffUserId: z.uuid() });
const notFoundResponse = { 404: problemSchema.describe('No such staff user') };
const ETAG_NOTE = 'The response carries the staff user’s ETag; send it back in If-Match with a change.';

function present(reply: FastifyReply, found: VersionedStaffUser) {
  reply.etag(found.etag);
  return presentStaffUser(found.row, found.pendingRoles);
}

export async function staffUsersRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    BASE,
    {
      config: { access: access.staff(['admin', ...handlingRoles]) },
      schema: {
        operationId: 'listStaffUsers',
        summary: 'Staff users, by last name and first name',
        description:
          'An admin gets every user with every field. The handling roles (handler, social worker, supervisor) ' +
          'get only the active users who handle cases, with id, names and roles: the colleagues an ' +
          'application can be given to. Other roles: 403.',
        tags,
        response: { 200: staffUserListSchema, ...commonErrorResponses },
      },
    },
    async (request) => ({ items: await listStaffUsers(db, request.staff()) }),
  );

  api.get(
    `${BASE}/:staffUserId`,
    {
      config: { access: adminOnly },
      schema: {
        operationId: 'getStaffUser',
        summary: 'One staff user (admins)',
        description: ETAG_NOTE,
        tags,
        params,
        response: { 200: staffUserSchema, ...commonErrorResponses, ...notFoundResponse },
      },
    },
    async (request, reply) => present(reply, await getStaffUser(db, request.params.staffUserId)),
  );

  api.post(
    BASE,
    {
      config: { access: adminOnly },
      schema: {
        operationId: 'createStaffUser',
        summary: 'Add a staff user (admins)',
        description:
          'The user is active at once and signs in through the organisation’s directory with this username. ' +
          'When the server takes roles from the directory (STAFF_OIDC_ROLES_CLAIM), the directory’s roles ' +
          `replace these at each sign-in. Audited. ${ETAG_NOTE}`,
        tags,
        body: createStaffUserBody,
        response: {
          201: staffUserSchema,
          ...commonErrorResponses,
          409: problemSchema.describe('The username is already in use (type …/username-taken)'),
        },
      },
    },
    async (request, reply) => {
      const created = await createStaffUser(db, request.staff(), request.body, clock.now());
      reply.code(201).header('location', `${BASE}/${created.row.id}`);
      return present(reply, created);
    },
  );

  api.patch(
    `${BASE}/:staffUserId`,
    {
      config: { access: adminOnly },
      schema: {
        operationId: 'updateStaffUser',
        summary: 'Change a staff user’s names, e-mail, roles or active state (admins)',
        description:
          'Only the fields given change. If-Match is required (428 without it, 412 when stale). Deactivating ' +
          'a user ends their sessions at once and they cannot sign in. The last active admin cannot lose the ' +
          `admin role or be deactivated, and nobody can deactivate themselves (409). Audited. ${ETAG_NOTE}`,
        tags,
        params,
        headers: ifMatchHeaders,
        body: updateStaffUserBody,
        response: {
          200: staffUserSchema,
          ...commonErrorResponses,
          ...notFoundResponse,
          409: problemSchema.describe(
            'The change would leave no active admin (type …/last-admin), or deactivates yourself ' +
              '(type …/cannot-deactivate-self)',
          ),
          412: problemSchema.describe('If-Match names an older version of the staff user'),
          428: problemSchema.describe('If-Match is missing'),
        },
      },
    },
    async (request, reply) => {
      const updated = await updateStaffUser(
        db,
        request.staff(),
        {
          id: request.params.staffUserId,
          ifMatch: request.headers['if-match'],
          changes: request.body,
        },
        clock.now(),
      );
      return present(reply, updated);
    },
  );
}
