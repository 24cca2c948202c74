// ETags and If-Match (RFC 9110 §13.1.1): a mutable resource's answer carries the strong tag of its version
// (`reply.etag(row)`, a decorator of http/plumbing.ts); a change may send it back in If-Match and is refused with 412
// when the resource has changed since. The comparison is the command's (shared/versions.ts), under its row lock.
import { z } from 'zod';
import { problemSchema } from './problem.ts';

/** The If-Match header of a request, for the route's `headers` schema (the OpenAPI document lists it). */
export const ifMatchHeader = z
  .string()
  .max(1000)
  .optional()
  .describe('The ETag of the version the change is based on; 412 when the resource has changed since');

/** The headers of a change that takes If-Match. */
export const ifMatchHeaders = z.object({ 'if-match': ifMatchHeader }).loose();

/** The refusal of a change based on an older version of an application, for the route's responses. */
export const staleApplication = {
  412: problemSchema.describe('If-Match names an older version of the application'),
};

/** What a change of one application names: the application (its path) and the version it is based on (If-Match). */
export const applicationChange = (request: {
  params: { applicationId: string };
  headers: { 'if-match'?: string | undefined };
}) => ({ applicationId: request.params.applicationId, ifMatch: request.headers['if-match'] });
