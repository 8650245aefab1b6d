import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { Training } from '../../../../src/modules/offers/contracts.ts';
import { useTraining } from '../../api/offer-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { FactList } from '../../components/FactList.tsx';
import { formatDate } from '../../components/format.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { currentLocale } from '../../i18n/index.ts';
import {
  costLabel,
  durationLabel,
  fundingLabel,
  modalityLabel,
  offerStatusLabel,
} from './offer-labels.ts';

export function TrainingDetailPage() {
  const { id = '' } = useParams();
  const training = useTraining(id);
  return <QueryResult query={training}>{(tr) => <TrainingDetail training={tr} />}</QueryResult>;
}

/** One training: what it teaches to which level, when it starts, what it costs, who pays. */
function TrainingDetail({ training: tr }: { training: Training }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // Back to the search as it was, when the user came from there.
  const back = (useLocation().state as { back?: string } | null)?.back ?? '/aanbod';
  const starts = tr.continuousIntake
    ? t('offers.catalogue.continuousIntake')
    : tr.startDates.map(formatDate).join(', ') || t('offers.catalogue.noStartDates');
  return (
    <>
      <PageHeading title={tr.name}>{tr.name}</PageHeading>
      {tr.description && <Paragraph appearance="lead">{tr.description}</Paragraph>}
      <FactList
        facts={[
          [t('offers.catalogue.provider'), tr.provider.name],
          [t('offers.catalogue.qualification'), tr.qualification ?? '–'],
          [t('offers.catalogue.sector'), tr.sector ? t(`sectors.${tr.sector}`) : '–'],
          [t('offers.catalogue.duration'), durationLabel(tr, t)],
          [t('offers.catalogue.cost'), costLabel(tr.costEur, t)],
          [t('offers.catalogue.start'), starts],
          [t('offers.catalogue.modality'), modalityLabel(tr.modality, t)],
          [t('offers.catalogue.place'), [tr.postcode, tr.city].filter(Boolean).join(' ') || '–'],
          [t('offers.catalogue.funding'), fundingLabel(tr.funding, t)],
          [t('offers.catalogue.entryRequirements'), tr.entryRequirements ?? '–'],
          ...(tr.status === 'published'
            ? []
            : [[t('offers.catalogue.status'), offerStatusLabel(tr.status, t)] as const]),
        ]}
      />
      <Heading level={2}>{t('offers.catalogue.skillsTaught')}</Heading>
      <DataTable
        caption={t('offers.catalogue.skillsTaughtCaption', { count: tr.skills.length })}
        rows={tr.skills}
        rowKey={(s) => String(s.skill.id)}
        empty={t('offers.catalogue.noSkills')}
        columns={[
          {
            header: t('offers.requirements.skill'),
            cell: (s) => conceptLabel(s.skill, locale),
            rowHeader: true,
          },
          {
            header: t('offers.trainingForm.level'),
            cell: (s) => `${s.level} – ${t(`offers.levels.${s.level}`)}`,
          },
        ]}
      />
      <Paragraph>
        <AppLink to={back}>{t('offers.catalogue.back')}</AppLink>
      </Paragraph>
    </>
  );
}
