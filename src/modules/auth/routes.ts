import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses, errorSchema } from '../../server/error-schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { eq } from 'drizzle-orm';
import { csrfSchema, loginBody, meSchema, updateMeBody } from './contracts.ts';
import { users } from './schema.ts';
import { SESSION_COOKIE, deleteSession, findSessionUser } from './sessions.ts';
import { login } from './use-cases/login.ts';

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { config, db, clock } = ctx;

  app.get(
    '/api/auth/csrf',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'A CSRF token to send as x-csrf-token on every change',
        response: { 200: csrfSchema },
      },
    },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.post(
    '/api/auth/login',
    {
      config: {
        public: true,
        rateLimit: { max: config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets an http-only session cookie',
        body: loginBody,
        response: { 200: meSchema, ...errorResponses, 423: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const now = clock.now();
      const session = await login(db, request.body, now, {
        maxFailures: config.LOGIN_MAX_FAILURES,
        lockMinutes: config.LOGIN_LOCK_MINUTES,
        sessionTtlHours: config.SESSION_TTL_HOURS,
      });
      const user = await findSessionUser(db, session.token, now);
      if (!user) throw new AppError('internal', 'session vanished right after login');
      reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.COOKIE_SECURE,
        path: '/',
        expires: session.expiresAt,
      });
      return user.me;
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out; ends the session',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        response: { 200: meSchema, 401: errorSchema },
      },
    },
    async (request) => {
      actorOf(request);
      // The global guard guarantees a session here.
      return (request.sessionUser as NonNullable<typeof request.sessionUser>).me;
    },
  );

  app.patch(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change my language',
        body: updateMeBody,
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await db
        .update(users)
        .set({ locale: request.body.locale, updatedAt: clock.now() })
        .where(eq(users.id, actor.userId));
      const token = request.cookies[SESSION_COOKIE] ?? '';
      const user = await findSessionUser(db, token, clock.now());
      if (!user) throw new AppError('unauthenticated', 'Sign in first');
      return user.me;
    },
  );
};
