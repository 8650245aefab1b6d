import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Service } from '../../../../src/modules/offers/contracts.ts';
import { usePublishService, useService, useUpdateService } from '../../api/offer-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { emptyService, ServiceForm, serviceDraftOf } from './ServiceForm.tsx';

const back = '/mijn-aanbod';

/** "Dienst publiceren": coaching, a scan, language lessons, … in the regional catalogue. */
export function NewServicePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const publish = usePublishService();
  const title = t('offers.serviceForm.newTitle');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <ServiceForm
        initial={emptyService}
        mode="new"
        busy={publish.isPending}
        save={(body) => publish.mutateAsync(body)}
        onSaved={(service) =>
          void navigate(back, {
            state: { saved: t('offers.myOffers.published', { name: service.name }) },
          })
        }
      />
      <Paragraph>
        <AppLink to={back}>{t('offers.myOffers.back')}</AppLink>
      </Paragraph>
    </>
  );
}

export function EditServicePage() {
  const { id = '' } = useParams();
  const service = useService(id);
  return <QueryResult query={service}>{(s) => <EditService service={s} />}</QueryResult>;
}

function EditService({ service }: { service: Service }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateService(service.id);
  const title = t('offers.serviceForm.editTitle', { name: service.name });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <ServiceForm
        initial={serviceDraftOf(service)}
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
