import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdatePersonal } from '../../api/passport-queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { useCaseOrganisations } from './invitation-queries.ts';

/**
 * The candidate chooses the organisation that guides them (UWV, their municipality, a union,
 * an initiative): its case managers can then read and help with their passport. Choosing none
 * takes that access away again.
 */
export function CaseOrganisationChoice({
  personId,
  current,
}: {
  personId: string;
  current: string | null;
}) {
  const { t } = useTranslation();
  const organisations = useCaseOrganisations();
  const update = useUpdatePersonal(personId);
  const [chosen, setChosen] = useState(current ?? '');
  const [saved, setSaved] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    update.mutate(
      { caseOrganisationId: chosen || null },
      {
        onSuccess: () =>
          setSaved(
            chosen
              ? t('offers.caseOrganisation.saved', {
                  name: organisations.data?.find((o) => o.id === chosen)?.name ?? '',
                })
              : t('offers.caseOrganisation.removed'),
          ),
      },
    );
  };

  return (
    <section aria-labelledby="case-organisation-title" className="ov-block">
      <Heading level={2} id="case-organisation-title">
        {t('offers.caseOrganisation.title')}
      </Heading>
      <Paragraph>{t('offers.caseOrganisation.intro')}</Paragraph>
      {saved && <SuccessAlert message={saved} />}
      {update.isError && <ErrorAlert error={update.error} />}
      <QueryResult query={organisations}>
        {(list) => (
          <form noValidate onSubmit={onSubmit} className="ov-form">
            <SelectField
              id="caseOrganisationId"
              label={t('offers.caseOrganisation.label')}
              value={chosen}
              onChange={setChosen}
              optional
              options={[
                { value: '', label: t('offers.caseOrganisation.none') },
                ...list.map((o) => ({
                  value: o.id,
                  label: [
                    o.name,
                    o.kinds.map((k) => t(`offers.caseOrganisation.kinds.${k}`)).join(', '),
                  ].join(' – '),
                })),
              ]}
            />
            <Button type="submit" appearance="secondary-action-button" busy={update.isPending}>
              {t('offers.caseOrganisation.save')}
            </Button>
          </form>
        )}
      </QueryResult>
    </section>
  );
}
