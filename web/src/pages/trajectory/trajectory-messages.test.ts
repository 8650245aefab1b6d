import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import offersNl from '../../i18n/offers.nl.json';
import trajectoryNl from '../../i18n/trajectory.nl.json';
import { ApiError } from '../../api/client.ts';
import { fieldKey, trajectoryMessage, trajectoryServerErrors } from './trajectory-messages.ts';
import { worklistTarget } from './worklist-target.ts';

// The shared localiser asks the UI's language; the real module needs a browser.
vi.mock('../../i18n/index.ts', () => ({ currentLocale: () => 'nl' }));

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'nl',
  resources: { nl: { translation: { ...offersNl, ...trajectoryNl } } },
  interpolation: { escapeValue: false },
});
const t = i18n.t.bind(i18n);

describe('trajectory refusals in the user’s words', () => {
  it('names the allowed steps of an illegal move, in Dutch', () => {
    expect(
      trajectoryMessage('step: from step 3 the chain goes to step 2, 4, 5, 6, not 7', 'step', t),
    ).toBe('Vanuit stap 3 kan het traject alleen naar stap 2, 4, 5, 6, niet naar stap 7.');
  });

  it('puts a refusal at the field the server names, and keeps others general', () => {
    const illegal = new ApiError(
      409,
      'conflict',
      'step: from step 1 the chain goes to step 2, 3, 6, not 5',
      'step',
    );
    expect(trajectoryServerErrors(illegal, t, ['step', 'reason', 'note'])).toEqual({
      fields: { step: 'Vanuit stap 1 kan het traject alleen naar stap 2, 3, 6, niet naar stap 5.' },
      general: null,
    });
    const closed = new ApiError(409, 'conflict', 'the trajectory is closed already');
    expect(trajectoryServerErrors(closed, t, ['step'])).toEqual({
      fields: {},
      general: 'Het traject is afgesloten.',
    });
    const deadline = new ApiError(
      400,
      'invalid_input',
      'deadline: must be after the signing date',
      'body.deadline',
    );
    expect(trajectoryServerErrors(deadline, t, ['deadline']).fields.deadline).toBe(
      'Deze datum moet na de datum van tekenen liggen.',
    );
  });

  it('maps nested paths onto the flat fields of a form', () => {
    expect(fieldKey(['old', 'hoursPerWeek'], ['hoursPerWeek', 'oldHoursPerWeek'])).toBe(
      'oldHoursPerWeek',
    );
    expect(fieldKey(['aftercareMonths', 1], ['aftercareMonths'])).toBe('aftercareMonths');
    expect(fieldKey(['goal', 'title'], ['goal'])).toBe('goal');
    expect(fieldKey([], [])).toBe('form');
  });

  it('sends each worklist item to the place where it is done', () => {
    const item = {
      trajectoryId: 't1',
      personId: 'p1',
      pseudonym: 'K-1',
      givenName: null,
      familyName: null,
      dueOn: '2021-06-01',
      overdue: true,
      subjectId: 's1',
      detail: '',
    };
    expect(worklistTarget({ ...item, kind: 'evaluation_due' })).toBe(
      '/caseload/p1/traject/plan#goal-s1',
    );
    expect(worklistTarget({ ...item, kind: 'check_in_due' })).toBe(
      '/caseload/p1/traject/plaatsing#check-s1',
    );
    expect(worklistTarget({ ...item, kind: 'intake_due' })).toBe('/caseload/p1/traject#intake');
    expect(worklistTarget({ ...item, kind: 'inactive' })).toBe('/caseload/p1/traject');
    expect(worklistTarget({ ...item, kind: 'consent_expiring' })).toBe('/caseload/p1');
  });
});
