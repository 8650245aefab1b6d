import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { AccessLogEntry } from '../../../../src/modules/consent/contracts.ts';
import { useAccessLog } from '../../api/privacy-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../components/format.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { codeLabel } from './privacy-labels.ts';
import { WithMyPerson } from './WithMyPerson.tsx';

/** Who of another organisation read the person's data: a table, newest first. */
export function AccessLogTable({ entries }: { entries: AccessLogEntry[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('privacy.accessLog.caption', { count: entries.length })}
      rows={entries}
      rowKey={(e) => e.id}
      empty={t('privacy.accessLog.empty')}
      columns={[
        {
          header: t('privacy.accessLog.when'),
          cell: (e) => formatDateTime(e.occurredAt),
          rowHeader: true,
        },
        {
          header: t('privacy.accessLog.organisation'),
          cell: (e) => e.organisation?.name ?? '–',
        },
        {
          header: t('privacy.accessLog.who'),
          cell: (e) =>
            [e.reader.name, e.readerRole ? t(`roles.${e.readerRole}`) : '']
              .filter(Boolean)
              .join(', ') || '–',
        },
        { header: t('privacy.accessLog.what'), cell: (e) => codeLabel(t, 'accessKinds', e.what) },
        {
          header: t('privacy.accessLog.consent'),
          cell: (e) =>
            e.consent
              ? t(`privacy.purposes.${e.consent.purpose}.short`)
              : t('privacy.accessLog.noConsentNeeded'),
        },
      ]}
    />
  );
}

function AccessLogOf({ personId }: { personId: string }) {
  const log = useAccessLog(personId);
  return <QueryResult query={log}>{(entries) => <AccessLogTable entries={entries} />}</QueryResult>;
}

/** 'Wie heeft mijn gegevens bekeken': every read by someone outside the case team. */
export function AccessLogPage() {
  const { t } = useTranslation();
  const title = t('privacy.accessLog.title');
  return (
    <>
      <Paragraph>
        <AppLink to="/privacy">{t('privacy.backToPrivacy')}</AppLink>
      </Paragraph>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph appearance="lead">{t('privacy.accessLog.intro')}</Paragraph>
      <WithMyPerson empty={t('privacy.noPerson.accessLog')}>
        {(person) => <AccessLogOf personId={person.id} />}
      </WithMyPerson>
    </>
  );
}
