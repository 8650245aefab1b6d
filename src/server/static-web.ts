import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { noRouteBody } from './error-handler.ts';

/**
 * Serves the built UI and answers unknown non-API paths with index.html, so client-side routes
 * (/beheer/organisaties) survive a reload. Unknown API paths get a JSON 404.
 */
export async function installStaticWeb(app: FastifyInstance, webDist: string): Promise<void> {
  const indexFile = path.join(webDist, 'index.html');
  const built = fs.existsSync(indexFile);
  if (built) {
    await app.register(fastifyStatic, {
      root: webDist,
      prefix: '/',
      wildcard: false,
      index: false,
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply.status(404).send(noRouteBody(request.method, request.url));
    }
    if (!built) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'De gebruikersinterface is nog niet gebouwd: voer `npm run build` uit.\nThe UI is not built yet: run `npm run build`.',
        );
    }
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .sendFile('index.html');
  });
}
