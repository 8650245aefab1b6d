import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Database, Db } from '../db/database.ts';
import type { SessionUser } from '../modules/auth/sessions.ts';
import type { Actor } from '../modules/auth/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { AppError } from '../shared/errors.ts';

/** What every route plugin receives: the ports it may use. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
}

declare module 'fastify' {
  interface FastifyRequest {
    sessionUser: SessionUser | null;
  }
  interface FastifyContextConfig {
    /** Routes marked public answer without a session (login, health, docs). */
    public?: boolean;
  }
}

/** The acting user of an authenticated route (the global guard has already demanded one). */
export function actorOf(request: FastifyRequest): Actor {
  const user = request.sessionUser;
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  return user;
}
