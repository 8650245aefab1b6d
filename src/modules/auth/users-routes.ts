import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import {
  createUserBody,
  listUsersQuery,
  updateUserBody,
  userParams,
  userSchema,
} from './contracts.ts';
import { createUser } from './use-cases/create-user.ts';
import { listUsers } from './use-cases/list-users.ts';
import { updateUser } from './use-cases/update-user.ts';

export const userRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { db, clock } = ctx;

  app.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Users: all for administrators, own organisation for staff',
        querystring: listUsersQuery,
        response: { 200: z.array(userSchema), ...errorResponses },
      },
    },
    async (request) => listUsers(db, actorOf(request), request.query, clock.now()),
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Add a user (administrators)',
        body: createUserBody,
        response: { 201: userSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser(db, actorOf(request), request.body, clock.now())),
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Change, deactivate or unlock a user (administrators)',
        params: userParams,
        body: updateUserBody,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateUser(db, actorOf(request), request.params.id, request.body, clock.now()),
  );
};
