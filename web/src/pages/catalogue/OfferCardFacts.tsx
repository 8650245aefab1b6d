import type { ReactNode } from 'react';

/** The key facts of a card, as a compact description list. */
export function OfferCardFacts({ facts }: { facts: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="ov-offer-facts">
      {facts.map(([label, value]) => (
        <div key={label} className="ov-offer-facts__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
