import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import {
  mayAnswerProposal,
  mayCountAwaitingProposals,
  mayListVacancyProposals,
  mayWithdrawProposal,
} from './policies.ts';

const region = 'r1';
const actor = (role: Actor['role'], organisationId: string | null, userId = 'u1'): Actor => ({
  userId,
  role,
  regionId: region,
  organisationId,
});
const person = { regionId: region, userId: 'cand', caseOrganisationId: 'uwv' };
const vacancy = { regionId: region, employerId: 'zorg', status: 'open' };

describe('who may do what with a proposal to an employer', () => {
  it('lets only a case manager of the person’s case organisation withdraw it', () => {
    expect(mayWithdrawProposal(actor('case_manager', 'uwv'), person)).toBe(true);
    expect(mayWithdrawProposal(actor('case_manager', 'oss'), person)).toBe(false);
    expect(mayWithdrawProposal(actor('candidate', null, 'cand'), person)).toBe(false);
    expect(mayWithdrawProposal(actor('coordinator', 'rwb'), person)).toBe(false);
    expect(mayWithdrawProposal(actor('employer', 'zorg'), person)).toBe(false);
  });

  it('shows a vacancy’s proposals to its employer and the region’s staff only', () => {
    expect(mayListVacancyProposals(actor('employer', 'zorg'), vacancy)).toBe(true);
    expect(mayListVacancyProposals(actor('employer', 'catering'), vacancy)).toBe(false);
    expect(mayListVacancyProposals(actor('case_manager', 'oss'), vacancy)).toBe(true);
    expect(mayListVacancyProposals(actor('coordinator', 'rwb'), vacancy)).toBe(true);
    expect(mayListVacancyProposals(actor('candidate', null), vacancy)).toBe(false);
    expect(mayListVacancyProposals(actor('admin', null), vacancy)).toBe(false);
    expect(
      mayListVacancyProposals(actor('case_manager', 'oss'), { ...vacancy, status: 'filled' }),
    ).toBe(false);
  });

  it('lets only the vacancy’s own employer answer, and count what waits', () => {
    expect(mayAnswerProposal(actor('employer', 'zorg'), vacancy)).toBe(true);
    expect(mayAnswerProposal(actor('employer', 'catering'), vacancy)).toBe(false);
    expect(mayAnswerProposal(actor('case_manager', 'uwv'), vacancy)).toBe(false);
    expect(mayCountAwaitingProposals(actor('employer', 'zorg'))).toBe(true);
    expect(mayCountAwaitingProposals(actor('employer', null))).toBe(false);
    expect(mayCountAwaitingProposals(actor('coordinator', 'rwb'))).toBe(false);
  });
});
