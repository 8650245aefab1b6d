import { addFundingLine } from '../../modules/trajectories/use-cases/add-funding-line.ts';
import { at } from './pilot-calendar.ts';
import type { StoryContext } from './story-context.ts';

/**
 * Who pays: the releasing employer's contribution to coaching (social plan) for everyone past
 * the intake, then the script's own lines (training funds, UWV, municipality, …) on their day.
 */
export function addFunding(c: StoryContext, intakeOn: string): void {
  const { db, story, cm, s, t } = c;
  story.add(at(intakeOn, '11:05'), () =>
    addFundingLine(
      db,
      cm,
      t(),
      {
        source: 'releasing_employer',
        amount: 500,
        paysFor: 'coaching',
        description: 'Bijdrage latende werkgever aan begeleiding (sociaal plan)',
      },
      at(intakeOn, '11:05'),
    ),
  );
  for (const [source, amount, paysFor, on] of s.funding ?? []) {
    story.add(at(on, '11:30'), () =>
      addFundingLine(db, cm, t(), { source, amount, paysFor }, at(on, '11:30')),
    );
  }
}
