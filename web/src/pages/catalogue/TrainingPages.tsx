import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Training } from '../../../../src/modules/offers/contracts.ts';
import { usePublishTraining, useTraining, useUpdateTraining } from '../../api/offer-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { TrainingForm } from './TrainingForm.tsx';
import { emptyTraining, trainingDraftOf } from './training-draft.ts';

const back = '/mijn-aanbod';

/** "Opleiding publiceren": a new training in the regional catalogue. */
export function NewTrainingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const publish = usePublishTraining();
  const title = t('offers.trainingForm.newTitle');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph>{t('offers.trainingForm.intro')}</Paragraph>
      <TrainingForm
        initial={emptyTraining}
        mode="new"
        busy={publish.isPending}
        save={(body) => publish.mutateAsync(body)}
        onSaved={(training) =>
          void navigate(back, {
            state: { saved: t('offers.myOffers.published', { name: training.name }) },
          })
        }
      />
      <Paragraph>
        <AppLink to={back}>{t('offers.myOffers.back')}</AppLink>
      </Paragraph>
    </>
  );
}

export function EditTrainingPage() {
  const { id = '' } = useParams();
  const training = useTraining(id);
  return <QueryResult query={training}>{(tr) => <EditTraining training={tr} />}</QueryResult>;
}

function EditTraining({ training }: { training: Training }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateTraining(training.id);
  const title = t('offers.trainingForm.editTitle', { name: training.name });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <TrainingForm
        initial={trainingDraftOf(training, currentLocale())}
        mode="edit"
        busy={update.isPending}
        save={({ providerId: _provider, ...body }) => update.mutateAsync(body)}
        onSaved={(saved) =>
          void navigate(back, {
            state: { saved: t('offers.myOffers.changed', { name: saved.name }) },
          })
        }
      />
      <Paragraph>
        <AppLink to={back}>{t('offers.myOffers.back')}</AppLink>
      </Paragraph>
    </>
  );
}
