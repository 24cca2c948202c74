// Serves the built web apps: the citizen app at / and the staff app at /staff/. Unknown paths outside the
// API fall back to the app's index.html (client-side routing); unknown API paths are 404 problems.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { isApiPath, sendProblem } from './errors.ts';

export const appDistDirs = {
  citizen: fileURLToPath(new URL('../../../citizen/dist/', import.meta.url)),
  staff: fileURLToPath(new URL('../../../staff/dist/', import.meta.url)),
};

/**
 * The content security policy of the two apps' pages: scripts, fonts and API calls only from Tuki itself (Vite's
 * build has no inline script), style sheets from Tuki and inline (the design system's components write <style>
 * elements as they render; a style cannot run code), images also as data: and blob: URLs (icons in the design
 * system's CSS, previews of chosen files), frames only of Tuki's own attachments (the staff app's PDF viewer),
 * no plugins, and no other site may frame the apps. A violation is an error in the browser tests.
 */
export const appContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export async function registerStaticApps(app: FastifyInstance): Promise<void> {
  const built =
    existsSync(`${appDistDirs.citizen}index.html`) && existsSync(`${appDistDirs.staff}index.html`);
  if (built) {
    await app.register(fastifyStatic, {
      root: appDistDirs.citizen,
      prefix: '/',
      wildcard: false,
      index: false,
    });
    await app.register(fastifyStatic, {
      root: appDistDirs.staff,
      prefix: '/staff/',
      decorateReply: false,
      wildcard: false,
      index: false,
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const asset = /^\/(staff\/)?assets\//.test(path);
    if (isApiPath(path) || asset || path === '/healthz' || path === '/readyz' || request.method !== 'GET') {
      return sendProblem(reply, 404, `There is no ${request.method} ${path}.`);
    }
    if (!built) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web apps are not built. Run `npm run build` (npm start does it for you).');
    }
    const staff = path === '/staff' || path.startsWith('/staff/');
    return reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', appContentSecurityPolicy)
      .sendFile('index.html', staff ? appDistDirs.staff : appDistDirs.citizen);
  });
}
