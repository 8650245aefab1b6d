import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE, findSessionUser } from '../modules/auth/sessions.ts';
import { AppError } from '../shared/errors.ts';
import type { AppContext } from './context.ts';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every /api route demands a valid session unless it is marked `config.public`, and every
 * state-changing request carries a CSRF token (double-submit with a signed secret cookie).
 * Authorisation itself lives in each module's policies, enforced by its use cases.
 */
export function installAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('sessionUser', null);

  // Before anything else (CSRF, body validation): who is this, and may anonymous callers come in?
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.sessionUser = token ? await findSessionUser(ctx.db, token, ctx.clock.now()) : null;
    const isApi = request.url.startsWith('/api/');
    if (isApi && !request.routeOptions.config.public && !request.sessionUser) {
      throw new AppError('unauthenticated', 'Sign in first');
    }
  });

  app.addHook('onRequest', (request, reply, done) => {
    if (unsafeMethods.has(request.method) && request.url.startsWith('/api/')) {
      app.csrfProtection(request, reply, done);
    } else {
      done();
    }
  });
}
