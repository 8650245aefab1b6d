import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Passport } from '../../../../src/modules/people/contracts.ts';
import { placeLabel } from '../../i18n/labels.ts';
import { orDash } from './labels.ts';

/** Who the passport is of, as a list of facts. */
export function PersonalFacts({ passport }: { passport: Passport }) {
  const { t } = useTranslation();
  const p = passport.personal;
  const facts: [string, string][] = [
    [t('passport.personal.name'), orDash([p.givenName, p.familyName].filter(Boolean).join(' '))],
    [t('passport.personal.email'), orDash(p.email)],
    [t('passport.personal.phone'), orDash(p.phone)],
    [t('passport.personal.place'), placeLabel(p.city, p.postcode)],
    [t('passport.personal.birthYear'), orDash(p.birthYear)],
    [t('passport.personal.pseudonym'), passport.pseudonym],
  ];
  return (
    <DataList className="ov-facts">
      {facts.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
      {p.summary && (
        <DataListItem>
          <DataListKey>{t('passport.personal.summary')}</DataListKey>
          <DataListValue className="ov-prewrap">{p.summary}</DataListValue>
        </DataListItem>
      )}
    </DataList>
  );
}
