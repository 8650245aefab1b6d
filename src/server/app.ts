import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { authRoutes } from '../modules/auth/routes.ts';
import { consentRoutes } from '../modules/consent/routes.ts';
import { dashboardRoutes } from '../modules/dashboard/routes.ts';
import { matchingRoutes } from '../modules/matching/routes.ts';
import { userRoutes } from '../modules/auth/users-routes.ts';
import { organisationRoutes } from '../modules/organisations/routes.ts';
import { offerRoutes } from '../modules/offers/routes.ts';
import { personRoutes } from '../modules/people/routes.ts';
import { taxonomyRoutes } from '../modules/taxonomy/routes.ts';
import { trajectoryRoutes } from '../modules/trajectories/routes.ts';
import { vacancyRoutes } from '../modules/vacancies/routes.ts';
import { installAuthentication } from './authentication.ts';
import type { AppContext } from './context.ts';
import { installErrorHandler } from './error-handler.ts';
import { healthRoutes } from './health-routes.ts';
import { installStaticWeb } from './static-web.ts';

/** The route plugins of every module; a new module adds its line here. */
const moduleRoutes = [
  healthRoutes,
  authRoutes,
  userRoutes,
  organisationRoutes,
  taxonomyRoutes,
  personRoutes,
  vacancyRoutes,
  offerRoutes,
  trajectoryRoutes,
  consentRoutes,
  matchingRoutes,
  dashboardRoutes,
];

export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: ctx.config.LOG_LEVEL,
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    // Requests may not hang forever (slowloris); uploads of imports stay well under this.
    requestTimeout: 120_000,
    bodyLimit: 20 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  // The docs UI is public, like health and login; everything else under /api needs a session.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, public: true };
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'upgrade-insecure-requests': ctx.config.COOKIE_SECURE ? [] : null,
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { httpOnly: true, sameSite: 'strict', path: '/', secure: ctx.config.COOKIE_SECURE },
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Overstap API',
        description:
          'Work-to-work transitions for a labour-market region. Sign in with POST /api/auth/login; send the token from GET /api/auth/csrf as x-csrf-token on every change.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  installAuthentication(app, ctx);
  for (const routes of moduleRoutes) await app.register(routes, { ctx });
  await installStaticWeb(app, ctx.config.WEB_DIST);

  app.addHook('onClose', async () => {
    await ctx.database.close();
  });
  return app;
}
