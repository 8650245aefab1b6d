import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../auth/sessions.ts';
import type { AppContext } from '../../server/context.ts';
import { errorResponses, errorSchema } from '../../server/error-schemas.ts';
import {
  acceptedInvitationSchema,
  acceptInvitationBody,
  invitationPreviewSchema,
  lookupInvitationBody,
} from './invitation-contracts.ts';
import { acceptInvitation } from './use-cases/accept-invitation.ts';
import { declineInvitation } from './use-cases/decline-invitation.ts';
import { lookupInvitation } from './use-cases/lookup-invitation.ts';

const tags = ['redundancy'];

/**
 * The employee's side of an enrolment. Public (with CSRF, like login): the code is the key, and
 * someone without an account creates one by accepting. Rate-limited like login against guessing.
 */
export const invitationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (
  app,
  { ctx },
) => {
  const { config, db, clock } = ctx;
  const open = {
    public: true,
    rateLimit: { max: config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' },
  };
  const refusals = { ...errorResponses, 429: errorSchema };

  app.post(
    '/api/invitations/lookup',
    {
      config: open,
      schema: {
        tags,
        summary:
          'Who invites me, with this code? 400 for a wrong code, 409 for a used or expired one. Public',
        body: lookupInvitationBody,
        response: { 200: invitationPreviewSchema, ...refusals },
      },
    },
    async (request) => lookupInvitation(db, request.body, clock.now()),
  );

  app.post(
    '/api/invitations/accept',
    {
      config: open,
      schema: {
        tags,
        summary:
          'Accept an invitation: signed in as a candidate, or with `account` to create one (then signed in). Links it to my passport (a new one if I have none) and records the consent I choose. Public',
        body: acceptInvitationBody,
        response: { 201: acceptedInvitationSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const { session, ...accepted } = await acceptInvitation(
        db,
        request.sessionUser,
        request.body,
        clock.now(),
        { sessionTtlHours: config.SESSION_TTL_HOURS },
      );
      if (session) {
        reply.setCookie(SESSION_COOKIE, session.token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: config.COOKIE_SECURE,
          path: '/',
          expires: session.expiresAt,
        });
      }
      return reply.status(201).send(accepted);
    },
  );

  app.post(
    '/api/invitations/decline',
    {
      config: open,
      schema: {
        tags,
        summary:
          'Decline an invitation: the code is used up and the employer sees "declined". Public',
        body: lookupInvitationBody,
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      await declineInvitation(db, request.sessionUser, request.body, clock.now());
      return reply.status(204).send(null);
    },
  );
};
