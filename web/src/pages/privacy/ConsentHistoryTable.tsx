import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../../src/modules/consent/contracts.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDateTime, formatShortDate } from '../../components/format.ts';
import { codeLabel, recipientLabel } from './privacy-labels.ts';

/** Every grant and withdrawal, newest first: the consent history kept for the person. */
export function ConsentHistoryTable({ consents }: { consents: Consent[] }) {
  const { t } = useTranslation();
  const by = (c: Consent) =>
    c.givenVia === 'candidate'
      ? t('privacy.history.byCandidate')
      : t('privacy.history.byCaseManager', { name: c.grantedBy?.name ?? '' });
  const ended = (c: Consent) => {
    if (c.withdrawnAt) {
      return t('privacy.history.withdrawnAt', {
        date: formatDateTime(c.withdrawnAt),
        name: c.withdrawnBy?.name ?? '',
      });
    }
    if (c.expiresAt) {
      return t(c.status === 'expired' ? 'privacy.history.expiredAt' : 'privacy.history.until', {
        date: formatShortDate(c.expiresAt),
      });
    }
    return t('privacy.history.untilWithdrawn');
  };
  return (
    <DataTable
      caption={t('privacy.history.caption', { count: consents.length })}
      rows={consents}
      rowKey={(c) => c.id}
      empty={t('privacy.history.empty')}
      columns={[
        {
          header: t('privacy.history.grantedAt'),
          cell: (c) => formatDateTime(c.grantedAt),
          rowHeader: true,
        },
        {
          header: t('privacy.history.purpose'),
          cell: (c) => t(`privacy.purposes.${c.purpose}.short`),
        },
        { header: t('privacy.history.recipient'), cell: (c) => recipientLabel(t, c) },
        { header: t('privacy.history.givenBy'), cell: by },
        {
          header: t('privacy.history.status'),
          cell: (c) => codeLabel(t, 'consentStatus', c.status),
        },
        { header: t('privacy.history.ends'), cell: ended },
      ]}
    />
  );
}
