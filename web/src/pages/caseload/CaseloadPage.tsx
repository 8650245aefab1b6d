import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCaseload } from '../../api/passport-queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDebouncedValue } from '../../components/useDebouncedValue.ts';
import { ImportPassportForm } from '../passport/ImportPassportForm.tsx';
import '../passport/passport.css';
import { CaseloadTable } from './CaseloadTable.tsx';
import { CreatePersonForm } from './CreatePersonForm.tsx';

/** A case manager's caseload: the persons of their organisation, searchable; add one or import. */
export function CaseloadPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const caseload = useCaseload(q);
  const title = t('caseload.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph appearance="lead">
        {t('caseload.intro', { organisation: me.organisationName ?? '' })}
      </Paragraph>
      <form role="search" className="ov-filter" onSubmit={(e) => e.preventDefault()}>
        <InputField
          id="caseload-search"
          label={t('caseload.search')}
          description={t('caseload.searchDescription')}
          kind="search"
          isFilter
          value={search}
          onChange={setSearch}
        />
      </form>
      <div role="status" className="ov-visually-hidden">
        {caseload.data && !caseload.isPlaceholderData
          ? t('caseload.found', { count: caseload.data.length })
          : ''}
      </div>
      {caseload.isError ? (
        <ErrorAlert error={caseload.error} onRetry={() => void caseload.refetch()} />
      ) : caseload.data ? (
        <CaseloadTable persons={caseload.data} searched={q} />
      ) : (
        <Loading />
      )}
      <section aria-labelledby="create-person-title" className="ov-passport-section">
        <Heading level={2} id="create-person-title">
          {t('caseload.create.title')}
        </Heading>
        <Paragraph>{t('caseload.create.intro')}</Paragraph>
        <CreatePersonForm />
      </section>
      <section aria-labelledby="import-person-title" className="ov-passport-section">
        <Heading level={2} id="import-person-title">
          {t('caseload.import.title')}
        </Heading>
        <Paragraph>{t('caseload.import.intro')}</Paragraph>
        <ImportPassportForm
          personId={null}
          onImported={(result) => void navigate(`/caseload/${result.passport.id}`)}
        />
      </section>
    </>
  );
}
