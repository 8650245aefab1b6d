import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../../src/modules/vacancies/redundancy-contracts.ts';
import { FactList } from '../../components/FactList.tsx';
import { formatDate } from '../../components/format.ts';
import { functionsOf, noticeStatusLabel } from './notice-labels.ts';

/** What was reported: when, how many, which functions, why, the social plan and who to call. */
export function NoticeFacts({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const funds = notice.socialPlanFunds.map((f) => t(`offers.notices.funds.${f}`)).join(', ');
  const contact = [notice.contact.name, notice.contact.email, notice.contact.phone]
    .filter(Boolean)
    .join(' · ');
  return (
    <FactList
      facts={[
        [t('offers.notices.employer'), notice.employer.name],
        [t('offers.notices.reportedOn'), formatDate(notice.createdAt)],
        [t('offers.notices.expectedDate'), formatDate(notice.expectedDate)],
        [t('offers.notices.peopleCount'), notice.peopleCount],
        [t('offers.notices.functions'), functionsOf(notice, t)],
        [t('offers.notices.reason'), <span className="ov-prewrap">{notice.reason}</span>],
        [
          t('offers.notices.socialPlan'),
          notice.socialPlan
            ? funds
              ? t('offers.notices.socialPlanFunds', { funds })
              : t('forms.yes')
            : t('forms.no'),
        ],
        [t('offers.notices.contact'), contact || '–'],
        [t('offers.notices.statusLabel'), noticeStatusLabel(notice, t)],
        [
          t('offers.notices.enrolmentCounts'),
          t('offers.notices.counts', {
            invited: notice.enrolments.invited,
            accepted: notice.enrolments.accepted,
            declined: notice.enrolments.declined,
          }),
        ],
      ]}
    />
  );
}
