import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../src/modules/people/contracts.ts';
import en from '../../i18n/en.json' with { type: 'json' };
import nl from '../../i18n/nl.json' with { type: 'json' };
import { describeEvent, type HistoryLabels } from './history-text.ts';

const labels: HistoryLabels = { skill: () => 'Koken', job: () => 'Kok' };
const entry = (type: string, data: Record<string, unknown> = {}): HistoryEntry => ({
  id: '00000000-0000-4000-8000-000000000001',
  type,
  occurredAt: '2026-11-24T10:00:00.000Z',
  actor: null,
  data,
});

describe('the passport history in words', () => {
  const t = i18next.createInstance();
  beforeAll(async () => {
    await t.init({
      lng: 'nl',
      resources: { nl: { translation: nl }, en: { translation: en } },
    });
  });

  it('says what happened to proposals to employers, never the raw event name', () => {
    const say = (e: HistoryEntry) => describeEvent(e, labels, t.t.bind(t));
    expect(say(entry('match.proposed'))).toBe('Voorgesteld aan een werkgever voor een vacature');
    expect(say(entry('match.withdrawn'))).toBe('Voorstel aan een werkgever ingetrokken');
    expect(say(entry('match.answered', { answer: 'invite' }))).toBe(
      'De werkgever nodigt uit voor een gesprek',
    );
    expect(say(entry('match.answered', { answer: 'no_fit' }))).toBe(
      'De werkgever vindt dat de vacature niet past',
    );
  });

  it('names the skill that changed', () => {
    expect(describeEvent(entry('person.skill_removed'), labels, t.t.bind(t))).toBe(
      'Vaardigheid Koken verwijderd',
    );
  });
});
