import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/test-app.ts';

/** Routes that answer without a session; every other /api route must refuse (401). */
const publicRoutes = new Set([
  'GET /api/health',
  'GET /api/auth/csrf',
  'POST /api/auth/login',
  // An employee answers an invitation with its code, with or without an account (rate-limited).
  'POST /api/invitations/lookup',
  'POST /api/invitations/accept',
  'POST /api/invitations/decline',
]);

describe('anonymous access', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.close());

  it('every documented API route except login, health and docs denies an anonymous caller', async () => {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path })),
    );
    expect(routes.length).toBeGreaterThanOrEqual(10);
    const c = t.client();
    const checked: string[] = [];
    for (const { method, path } of routes) {
      const key = `${method} ${path}`;
      if (publicRoutes.has(key) || path.startsWith('/api/docs')) continue;
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const res = await c.request(method as 'GET', url, method === 'GET' ? undefined : {});
      expect(res.status, key).toBe(401);
      expect(res.body, key).toMatchObject({ error: { code: 'unauthenticated' } });
      checked.push(key);
    }
    expect(checked).toContain('GET /api/organisations');
    expect(checked).toContain('POST /api/users');
  });

  it('an unknown API route is also refused without a session', async () => {
    expect((await t.client().get('/api/nothing-here')).status).toBe(401);
  });

  it('health, docs and the OpenAPI document are public', async () => {
    const health = await t.client().get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', database: t.database.kind });
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    expect(JSON.parse(docs.body).paths['/api/organisations']).toBeDefined();
  });

  it('sends secure headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});
