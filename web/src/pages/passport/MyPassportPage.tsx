import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../src/modules/people/contracts.ts';
import { useMyPassport } from '../../api/passport-queries.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { ImportedNotice } from './ImportedNotice.tsx';
import { PassportEditor } from './PassportEditor.tsx';
import { StartPassport } from './StartPassport.tsx';

/** "Mijn paspoort": the candidate's own skills passport, started here if there is none yet. */
export function MyPassportPage() {
  const { t } = useTranslation();
  const mine = useMyPassport();
  const [imported, setImported] = useState<ImportResult | null>(null);
  const title = t('passport.mine.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <QueryResult query={mine}>
        {(passport) =>
          passport ? (
            <>
              {imported && <ImportedNotice result={imported} />}
              <Paragraph appearance="lead">{t('passport.mine.intro')}</Paragraph>
              <PassportEditor passport={passport} printPath="/paspoort/afdrukken" />
            </>
          ) : (
            <StartPassport onImported={setImported} />
          )
        }
      </QueryResult>
    </>
  );
}
