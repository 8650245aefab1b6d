import { Heading, LinkList, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorklist } from '../../api/trajectory-queries.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';
import { WorklistTable } from './WorklistTable.tsx';

const horizons = [7, 14, 30, 60, 90] as const;

/** The case manager's worklist: evaluations, check-ins, consents, intakes, inactive candidates. */
export function WorklistPage() {
  const { t } = useTranslation();
  const [within, setWithin] = useState('14');
  const worklist = useWorklist(Number(within));
  return (
    <>
      <PageHeading title={t('trajectory.worklist.title')}>
        {t('trajectory.worklist.title')}
      </PageHeading>
      <Paragraph appearance="lead">{t('trajectory.worklist.intro')}</Paragraph>
      <SelectField
        id="worklist-within"
        isFilter
        label={t('trajectory.worklist.within')}
        value={within}
        options={horizons.map((d) => ({
          value: String(d),
          label: t('trajectory.worklist.withinDays', { count: d }),
        }))}
        onChange={setWithin}
      />
      <QueryResult query={worklist}>
        {(items) => (
          <WorklistTable
            items={items}
            caption={t('trajectory.worklist.caption', { count: items.length })}
          />
        )}
      </QueryResult>
    </>
  );
}

/** On the case manager's home: the first items, and the way to the whole list. */
export function WorklistSummary() {
  const { t } = useTranslation();
  const worklist = useWorklist(14);
  return (
    <section aria-labelledby="home-worklist-title">
      <Heading level={2} id="home-worklist-title">
        {t('trajectory.worklist.homeTitle')}
      </Heading>
      <QueryResult query={worklist}>
        {(items) => (
          <>
            <Paragraph>{t('trajectory.worklist.homeCount', { count: items.length })}</Paragraph>
            {items.length > 0 && (
              <WorklistTable
                items={items.slice(0, 5)}
                caption={t('trajectory.worklist.homeCaption')}
              />
            )}
          </>
        )}
      </QueryResult>
      <LinkList>
        <NavLinkItem to="/werklijst">{t('trajectory.worklist.toWorklist')}</NavLinkItem>
      </LinkList>
    </section>
  );
}
