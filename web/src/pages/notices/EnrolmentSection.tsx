import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation, Notice } from '../../../../src/modules/vacancies/redundancy-contracts.ts';
import { useEnrolments } from '../../api/notice-queries.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { AddEmployeeForm } from './AddEmployeeForm.tsx';
import { EnrolmentsTable } from './EnrolmentsTable.tsx';
import { ImportEmployees } from './ImportEmployees.tsx';
import { InvitationCodes } from './InvitationCodes.tsx';

/** The employer invites the employees concerned, one by one or as a list. */
export function EnrolmentSection({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const enrolments = useEnrolments(notice.id, true);
  const [codes, setCodes] = useState<Invitation[] | null>(null);
  return (
    <section aria-labelledby="enrolments-title" className="ov-block">
      <Heading level={2} id="enrolments-title">
        {t('offers.enrolments.title')}
      </Heading>
      <Paragraph>{t('offers.enrolments.intro')}</Paragraph>
      {codes && <InvitationCodes invitations={codes} />}
      <QueryResult query={enrolments}>
        {(list) => (
          <EnrolmentsTable
            noticeId={notice.id}
            enrolments={list}
            open={notice.status === 'open'}
            onReissued={(invitation) => setCodes([invitation])}
          />
        )}
      </QueryResult>
      {notice.status === 'open' ? (
        <>
          <section aria-labelledby="add-employee-title" className="ov-section">
            <Heading level={3} id="add-employee-title">
              {t('offers.enrolments.addTitle')}
            </Heading>
            <AddEmployeeForm noticeId={notice.id} onInvited={setCodes} />
          </section>
          <section aria-labelledby="import-employees-title" className="ov-section">
            <Heading level={3} id="import-employees-title">
              {t('offers.enrolments.importTitle')}
            </Heading>
            <ImportEmployees noticeId={notice.id} onInvited={setCodes} />
          </section>
        </>
      ) : (
        <EmptyState>{t('offers.enrolments.closed')}</EmptyState>
      )}
    </section>
  );
}
