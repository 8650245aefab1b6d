import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consent } from '../../src/modules/consent/contracts.ts';
import type { Organisation, Region } from '../../src/modules/organisations/contracts.ts';
import type { CaseOrganisation, Passport } from '../../src/modules/people/contracts.ts';
import { persons } from '../../src/modules/people/schema.ts';
import type {
  AcceptedInvitation,
  InvitationPreview,
} from '../../src/modules/vacancies/invitation-contracts.ts';
import type {
  Enrolment,
  Invitation,
  Notice,
  NoticeHistoryEntry,
} from '../../src/modules/vacancies/redundancy-contracts.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { aRegion, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

const DAY = 86_400_000;

describe('an employee accepts an enrolment invitation', () => {
  let t: TestApp;
  let region: Region;
  let orgs: Record<'catering' | 'hotel' | 'uwv' | 'gemeente' | 'care', Organisation>;
  const as = async (email: string): Promise<ApiClient> => {
    const c = t.client();
    expect((await c.login(email, TEST_PASSWORD)).status).toBe(200);
    return c;
  };
  const noticeOf = async (c: ApiClient) => {
    const res = await c.post<Notice>('/api/redundancy-notices', {
      expectedDate: '2030-06-30',
      peopleCount: 5,
      reason: 'Het bedrijfsrestaurant sluit',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const invite = async (c: ApiClient, noticeId: string, name: string, email: string) => {
    const res = await c.post<Invitation[]>(`/api/redundancy-notices/${noticeId}/enrolments`, {
      employees: [{ name, email, functionTitle: 'Kok' }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [invitation] = res.body;
    if (!invitation) throw new Error('no invitation');
    return invitation;
  };
  const account = (email: string) => ({
    name: 'Ayşe Yılmaz',
    email,
    password: 'een lang wachtwoord',
  });

  beforeAll(async () => {
    t = await testApp();
    region = await aRegion(t.db);
    const far = await aRegion(t.db);
    orgs = {
      catering: await anOrganisation(t.db, {
        regionId: region.id,
        name: 'Catering Maas',
        kinds: ['releasing_employer'],
      }),
      hotel: await anOrganisation(t.db, {
        regionId: region.id,
        name: 'Hotel Brug',
        kinds: ['releasing_employer', 'hiring_employer'],
      }),
      uwv: await anOrganisation(t.db, {
        regionId: region.id,
        name: 'UWV Den Bosch',
        kinds: ['public_employment_service'],
      }),
      gemeente: await anOrganisation(t.db, {
        regionId: region.id,
        name: 'Gemeente Oss',
        kinds: ['municipality'],
      }),
      care: await anOrganisation(t.db, {
        regionId: far.id,
        name: 'UWV elders',
        kinds: ['public_employment_service'],
      }),
    };
    const users: [string, string, string | null][] = [
      ['hr@catering.test', 'employer', orgs.catering.id],
      ['hr@hotel.test', 'employer', orgs.hotel.id],
      ['cm@uwv.test', 'case_manager', orgs.uwv.id],
      ['cm@gemeente.test', 'case_manager', orgs.gemeente.id],
      ['sandra@cand.test', 'candidate', null],
    ];
    for (const [email, role, organisationId] of users) {
      await aUser(t.db, {
        email,
        role: role as 'employer',
        organisationId,
        regionId: region.id,
      });
    }
  });
  afterAll(() => t.close());

  it('refuses a wrong code, a malformed one, and says nothing about anything else', async () => {
    const anonymous = t.client();
    const wrong = await anonymous.post('/api/invitations/lookup', { code: 'AAAA-BBBB-CCCC' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: { code: 'invalid_input', field: 'code' } });
    const short = await anonymous.post('/api/invitations/accept', {
      code: '123',
      share: { progress: true },
      account: account('x@cand.test'),
    });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ error: { field: 'code' } });
  });

  it('someone without an account creates one by accepting, with limited consent, and is signed in', async () => {
    const hr = await as('hr@catering.test');
    const n = await noticeOf(hr);
    const invitation = await invite(hr, n.id, 'Ayşe Yılmaz', 'ayse@cand.test');

    const employee = t.client();
    // Typed over by hand: lower case, without dashes.
    const typed = invitation.inviteCode.replace(/-/g, '').toLowerCase();
    const preview = await employee.post<InvitationPreview>('/api/invitations/lookup', {
      code: typed,
    });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      employer: { name: 'Catering Maas' },
      employerHires: false,
      email: 'ayse@cand.test',
    });

    // Without an account and without a session: the account is asked for.
    const noAccount = await employee.post('/api/invitations/accept', {
      code: typed,
      share: { progress: true },
    });
    expect(noAccount.status).toBe(400);
    expect(noAccount.body).toMatchObject({ error: { field: 'account' } });
    // Passport consent only goes to an employer that hires.
    const passportToCatering = await employee.post('/api/invitations/accept', {
      code: typed,
      share: { progress: true, passport: true },
      account: account('ayse@cand.test'),
    });
    expect(passportToCatering.status).toBe(400);
    expect(passportToCatering.body).toMatchObject({ error: { field: 'share.passport' } });

    const accepted = await employee.post<AcceptedInvitation>('/api/invitations/accept', {
      code: typed,
      share: { progress: true, passport: false },
      account: account('ayse@cand.test'),
      caseOrganisationId: orgs.gemeente.id,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(accepted.body).toMatchObject({
      employer: { id: orgs.catering.id },
      sharing: { progress: true, passport: false },
      accountCreated: true,
      passportCreated: true,
    });

    // Signed in as the new candidate, with a passport linked to the employer and case team.
    const me = await employee.get<{ role: string; email: string }>('/api/auth/me');
    expect(me.body).toMatchObject({ role: 'candidate', email: 'ayse@cand.test' });
    const passport = await employee.get<Passport>('/api/persons/me');
    expect(passport.status).toBe(200);
    expect(passport.body.id).toBe(accepted.body.personId);
    expect(passport.body.caseOrganisationId).toBe(orgs.gemeente.id);
    expect(passport.body.personal).toMatchObject({ givenName: 'Ayşe', familyName: 'Yılmaz' });
    const [row] = await t.db.select().from(persons).where(eq(persons.id, accepted.body.personId));
    expect(row?.currentEmployerId).toBe(orgs.catering.id);

    // The consent is in the person's own history: progress to this employer, nothing else.
    const consents = await employee.get<Consent[]>(
      `/api/persons/${accepted.body.personId}/consents`,
    );
    expect(consents.body).toHaveLength(1);
    expect(consents.body[0]).toMatchObject({
      purpose: 'progress_to_releasing_employer',
      recipient: { id: orgs.catering.id },
      status: 'in_force',
      givenVia: 'candidate',
    });

    // The chosen case organisation's case managers see the passport; another's do not.
    const gemeente = await as('cm@gemeente.test');
    expect((await gemeente.get(`/api/persons/${accepted.body.personId}`)).status).toBe(200);
    const uwv = await as('cm@uwv.test');
    expect((await uwv.get(`/api/persons/${accepted.body.personId}`)).status).toBe(404);

    // The employer sees the acceptance and that progress is shared — not the passport.
    const list = await hr.get<Enrolment[]>(`/api/redundancy-notices/${n.id}/enrolments`);
    expect(list.body[0]).toMatchObject({
      status: 'accepted',
      sharing: { progress: true, passport: false },
      personId: null,
    });
    const notice = await hr.get<Notice>(`/api/redundancy-notices/${n.id}`);
    expect(notice.body.enrolments).toEqual({ invited: 0, accepted: 1, declined: 0 });
    const view = await hr.get<{ access: { progress: boolean; passport: boolean } }>(
      `/api/employer/persons/${accepted.body.personId}`,
    );
    expect(view.status).toBe(200);
    expect(view.body.access).toEqual({ progress: true, passport: false });

    // A code works once.
    const again = await t.client().post('/api/invitations/accept', {
      code: invitation.inviteCode,
      share: { progress: false },
      account: account('someone-else@cand.test'),
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'conflict', field: 'code' } });
    expect(
      (await t.client().post('/api/invitations/lookup', { code: invitation.inviteCode })).status,
    ).toBe(409);

    // Withdrawing the consent takes effect at the employer's next read.
    const [grant] = consents.body;
    await employee.post(`/api/persons/${accepted.body.personId}/consents/${grant?.id}/withdraw`);
    const after = await hr.get<Enrolment[]>(`/api/redundancy-notices/${n.id}/enrolments`);
    expect(after.body[0]?.sharing).toEqual({ progress: false, passport: false });
    expect((await hr.get(`/api/employer/persons/${accepted.body.personId}`)).status).toBe(404);
  });

  it('accepting with no consent shows the employer only that the person accepted', async () => {
    const hr = await as('hr@hotel.test');
    const n = await noticeOf(hr);
    const invitation = await invite(hr, n.id, 'Bram Bos', 'bram@cand.test');
    const employee = t.client();
    const accepted = await employee.post<AcceptedInvitation>('/api/invitations/accept', {
      code: invitation.inviteCode,
      share: { progress: false, passport: false },
      account: { ...account('bram@cand.test'), name: 'Bram Bos' },
    });
    expect(accepted.status).toBe(201);
    const list = await hr.get<Enrolment[]>(`/api/redundancy-notices/${n.id}/enrolments`);
    expect(list.body[0]).toMatchObject({
      status: 'accepted',
      sharing: { progress: false, passport: false },
      progress: null,
      personId: null,
    });
    // A hiring employer without passport consent sees a pseudonym, not the name.
    const view = await hr.get<{ personal: unknown; access: unknown }>(
      `/api/employer/persons/${accepted.body.personId}`,
    );
    expect(view.body).toMatchObject({ personal: null, access: { passport: false } });
    // No consent was recorded at all.
    const consents = await employee.get<Consent[]>(
      `/api/persons/${accepted.body.personId}/consents`,
    );
    expect(consents.body).toEqual([]);
  });

  it('a signed-in candidate links the invitation to their existing passport and may share it with a hiring employer', async () => {
    const hr = await as('hr@hotel.test');
    const n = await noticeOf(hr);
    const invitation = await invite(hr, n.id, 'Sandra de Vries', 'sandra@cand.test');
    const sandra = await as('sandra@cand.test');
    const own = await sandra.post<Passport>('/api/persons', { givenName: 'Sandra' });
    expect(own.status).toBe(201);
    const accepted = await sandra.post<AcceptedInvitation>('/api/invitations/accept', {
      code: invitation.inviteCode,
      share: { progress: false, passport: true },
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(accepted.body).toMatchObject({
      personId: own.body.id,
      accountCreated: false,
      passportCreated: false,
    });
    const list = await hr.get<Enrolment[]>(`/api/redundancy-notices/${n.id}/enrolments`);
    expect(list.body[0]).toMatchObject({
      sharing: { progress: false, passport: true },
      personId: own.body.id,
    });
    const view = await hr.get<{ personal: { givenName: string } | null }>(
      `/api/employer/persons/${own.body.id}`,
    );
    expect(view.body.personal?.givenName).toBe('Sandra');
  });

  it('staff cannot accept, an existing e-mail must sign in, and expired codes are refused until reissued', async () => {
    let hr = await as('hr@catering.test');
    const n = await noticeOf(hr);
    const invitation = await invite(hr, n.id, 'Chris Claes', 'chris@cand.test');
    const staff = await hr.post('/api/invitations/accept', {
      code: invitation.inviteCode,
      share: { progress: true },
    });
    expect(staff.status).toBe(403);
    const taken = await t.client().post('/api/invitations/accept', {
      code: invitation.inviteCode,
      share: { progress: true },
      account: account('sandra@cand.test'),
    });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ error: { field: 'account.email' } });
    // Nothing of the refused attempt stayed: the code still works.
    const still = await t.client().post('/api/invitations/lookup', { code: invitation.inviteCode });
    expect(still.status).toBe(200);

    t.clock.advance(31 * DAY);
    hr = await as('hr@catering.test'); // the old session has ended meanwhile
    const expired = await t.client().post('/api/invitations/accept', {
      code: invitation.inviteCode,
      share: { progress: true },
      account: account('chris@cand.test'),
    });
    expect(expired.status).toBe(409);
    expect(expired.body).toMatchObject({ error: { field: 'code' } });
    expect((expired.body as { error: { message: string } }).error.message).toMatch(/expired/);
    const list = await hr.get<Enrolment[]>(`/api/redundancy-notices/${n.id}/enrolments`);
    expect(list.body[0]).toMatchObject({ status: 'invited', expired: true });

    // The employer issues a new code: the old one stops working, the new one works.
    const other = await as('hr@hotel.test');
    expect(
      (await other.post(`/api/redundancy-notices/${n.id}/enrolments/${invitation.id}/reissue`))
        .status,
    ).toBe(404);
    const reissued = await hr.post<Invitation>(
      `/api/redundancy-notices/${n.id}/enrolments/${invitation.id}/reissue`,
    );
    expect(reissued.status).toBe(201);
    expect(reissued.body.inviteCode).not.toBe(invitation.inviteCode);
    expect(reissued.body.expired).toBe(false);
    expect(
      (await t.client().post('/api/invitations/lookup', { code: invitation.inviteCode })).status,
    ).toBe(400);
    const ok = await t.client().post('/api/invitations/accept', {
      code: reissued.body.inviteCode,
      share: { progress: false },
      account: account('chris@cand.test'),
    });
    expect(ok.status).toBe(201);
    expect(
      (await hr.post(`/api/redundancy-notices/${n.id}/enrolments/${invitation.id}/reissue`)).status,
    ).toBe(409);
  });

  it('a declined invitation is used up and shows as declined', async () => {
    const hr = await as('hr@catering.test');
    const n = await noticeOf(hr);
    const invitation = await invite(hr, n.id, 'Dirk Dam', 'dirk@cand.test');
    const declined = await t.client().post('/api/invitations/decline', {
      code: invitation.inviteCode,
    });
    expect(declined.status).toBe(204);
    const accept = await t.client().post('/api/invitations/accept', {
      code: invitation.inviteCode,
      share: { progress: true },
      account: account('dirk@cand.test'),
    });
    expect(accept.status).toBe(409);
    const notice = await hr.get<Notice>(`/api/redundancy-notices/${n.id}`);
    expect(notice.body.enrolments).toEqual({ invited: 0, accepted: 0, declined: 1 });
  });

  it('a candidate lists the case organisations of their own region only', async () => {
    const sandra = await as('sandra@cand.test');
    const list = await sandra.get<CaseOrganisation[]>('/api/case-organisations');
    expect(list.status).toBe(200);
    const names = list.body.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['UWV Den Bosch', 'Gemeente Oss']));
    expect(names).not.toContain('UWV elders');
    expect(names).not.toContain('Catering Maas');
  });
});

describe('editing a redundancy notice keeps its history', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.close());

  it('the employer corrects a notice; the region reads who changed which fields, others get 404', async () => {
    const region = await aRegion(t.db);
    const catering = await anOrganisation(t.db, {
      regionId: region.id,
      kinds: ['releasing_employer'],
    });
    const other = await anOrganisation(t.db, {
      regionId: region.id,
      kinds: ['releasing_employer'],
    });
    const uwv = await anOrganisation(t.db, {
      regionId: region.id,
      kinds: ['public_employment_service'],
    });
    await aUser(t.db, {
      email: 'hr@n.test',
      name: 'Hanna HR',
      role: 'employer',
      organisationId: catering.id,
      regionId: region.id,
    });
    await aUser(t.db, {
      email: 'other@n.test',
      role: 'employer',
      organisationId: other.id,
      regionId: region.id,
    });
    await aUser(t.db, {
      email: 'cm@n.test',
      role: 'case_manager',
      organisationId: uwv.id,
      regionId: region.id,
    });
    const login = async (email: string) => {
      const c = t.client();
      await c.login(email, TEST_PASSWORD);
      return c;
    };
    const hr = await login('hr@n.test');
    const created = await hr.post<Notice>('/api/redundancy-notices', {
      expectedDate: '2030-06-30',
      peopleCount: 12,
      reason: 'Contract verloren',
    });
    t.clock.advance(60_000);
    const edited = await hr.patch<Notice>(`/api/redundancy-notices/${created.body.id}`, {
      peopleCount: 15,
      reason: 'Contract verloren',
      expectedDate: '2030-09-30',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ peopleCount: 15, expectedDate: '2030-09-30' });
    const bad = await hr.patch(`/api/redundancy-notices/${created.body.id}`, { peopleCount: 0 });
    expect(bad.status).toBe(400);
    const cm = await login('cm@n.test');
    expect(
      (await cm.patch(`/api/redundancy-notices/${created.body.id}`, { peopleCount: 1 })).status,
    ).toBe(403);
    t.clock.advance(60_000);
    await hr.patch(`/api/redundancy-notices/${created.body.id}`, { status: 'closed' });

    const history = await cm.get<NoticeHistoryEntry[]>(
      `/api/redundancy-notices/${created.body.id}/history`,
    );
    expect(history.status).toBe(200);
    expect(history.body.map((h) => h.type)).toEqual([
      'redundancy_notice.reported',
      'redundancy_notice.updated',
      'redundancy_notice.closed',
    ]);
    // Only what really changed: the reason was sent unchanged.
    expect(history.body[1]).toMatchObject({
      actor: { name: 'Hanna HR', role: 'employer' },
      changed: ['expectedDate', 'peopleCount'],
    });
    const stranger = await login('other@n.test');
    expect((await stranger.get(`/api/redundancy-notices/${created.body.id}/history`)).status).toBe(
      404,
    );
  });
});
