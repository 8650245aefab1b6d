import { useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useMyPassport, usePassport } from '../../api/passport-queries.ts';
import { QueryResult } from '../../components/QueryResult.tsx';
import { useTranslation } from 'react-i18next';
import { PassportNotFound } from './PassportNotFound.tsx';
import { PassportPrintView } from './PassportPrintView.tsx';

/** /paspoort/afdrukken: the candidate's own passport on paper. */
export function PrintMyPassportPage() {
  const { t } = useTranslation();
  const mine = useMyPassport();
  return (
    <QueryResult query={mine}>
      {(passport) =>
        passport ? (
          <PassportPrintView passport={passport} backTo="/paspoort" />
        ) : (
          <PassportNotFound backTo="/paspoort" backLabel={t('passport.notFound.toMine')} />
        )
      }
    </QueryResult>
  );
}

/** /caseload/:id/afdrukken: a passport of the case manager's caseload on paper. */
export function PrintCasePassportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const passport = usePassport(id);
  if (
    passport.error instanceof ApiError &&
    (passport.error.status === 404 || passport.error.status === 400)
  ) {
    return <PassportNotFound backTo="/caseload" backLabel={t('passport.notFound.toCaseload')} />;
  }
  return (
    <QueryResult query={passport}>
      {(p) => <PassportPrintView passport={p} backTo={`/caseload/${p.id}`} />}
    </QueryResult>
  );
}
