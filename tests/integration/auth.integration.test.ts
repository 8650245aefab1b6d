import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Me } from '../../src/modules/auth/contracts.ts';
import { aRegion, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

describe('signing in and out', () => {
  let t: TestApp;
  let email: string;
  beforeEach(async () => {
    t = await testApp({ LOGIN_MAX_FAILURES: 3, LOGIN_LOCK_MINUTES: 15 });
    const region = await aRegion(t.db);
    const org = await anOrganisation(t.db, {
      regionId: region.id,
      kinds: ['public_employment_service'],
    });
    email = (
      await aUser(t.db, { regionId: region.id, organisationId: org.id, role: 'case_manager' })
    ).email;
  });
  afterEach(() => t.close());

  it('signs in with the right password and knows who I am', async () => {
    const c = t.client();
    const res = await c.login(email, TEST_PASSWORD);
    expect(res.status).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/overstap_session=.+HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await c.get<Me>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(email);
    expect(me.body.role).toBe('case_manager');
  });

  it('rejects a wrong password, and an unknown address, with the same message', async () => {
    const wrong = await t.client().login(email, 'not the password');
    const unknown = await t.client().login('nobody@example.test', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('locks the account after repeated failures, even for the right password, until the lock ends', async () => {
    const c = t.client();
    expect((await c.login(email, 'wrong-1')).status).toBe(401);
    expect((await c.login(email, 'wrong-2')).status).toBe(401);
    const third = await c.login(email, 'wrong-3');
    expect(third.status).toBe(423);
    expect(third.body).toMatchObject({ error: { code: 'locked' } });
    expect((await c.login(email, TEST_PASSWORD)).status).toBe(423);
    t.clock.advance(16 * 60_000);
    expect((await c.login(email, TEST_PASSWORD)).status).toBe(200);
  });

  it('logging out ends the session on the server', async () => {
    const c = t.client();
    await c.login(email, TEST_PASSWORD);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('rejects a change without a CSRF token, even when signed in', async () => {
    const c = t.client();
    await c.login(email, TEST_PASSWORD);
    const res = await c.request('POST', '/api/auth/logout', {}, { csrf: false });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'forbidden' } });
    expect((await c.get('/api/auth/me')).status).toBe(200);
  });

  it('rejects a login without a CSRF token (no login CSRF)', async () => {
    const res = await t
      .client()
      .request('POST', '/api/auth/login', { email, password: TEST_PASSWORD }, { csrf: false });
    expect(res.status).toBe(403);
  });

  it('names the field of bad input', async () => {
    const res = await t.client().login('not-an-address', 'x');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'invalid_input', field: 'email' } });
  });

  it('rate-limits repeated login attempts from one address', async () => {
    const limited = await testApp({ LOGIN_RATE_LIMIT_PER_MINUTE: 3 });
    try {
      const c = limited.client();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await c.login('x@example.test', 'whatever')).status);
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses[4]).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('ends the sessions of a deactivated user at once', async () => {
    const region = await aRegion(t.db);
    await aUser(t.db, { regionId: region.id, role: 'admin', email: 'admin@example.test' });
    const admin = t.client();
    await admin.login('admin@example.test', TEST_PASSWORD);
    const victim = t.client();
    await victim.login(email, TEST_PASSWORD);
    const users = await admin.get<{ id: string; email: string }[]>('/api/users');
    const id = users.body.find((u) => u.email === email)?.id;
    expect((await admin.patch(`/api/users/${id}`, { active: false })).status).toBe(200);
    expect((await victim.get('/api/auth/me')).status).toBe(401);
    expect((await victim.login(email, TEST_PASSWORD)).status).toBe(403);
  });
});
