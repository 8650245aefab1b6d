import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../../src/modules/vacancies/redundancy-contracts.ts';
import { useUpdateNotice } from '../../api/notice-queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';

/** Closing a notice when everyone concerned is invited (and reopening it when needed). */
export function NoticeStatusAction({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const update = useUpdateNotice(notice.id);
  const [done, setDone] = useState<string | null>(null);
  const next = notice.status === 'open' ? 'closed' : 'open';
  return (
    <section aria-labelledby="notice-status-title" className="ov-block">
      <Heading level={2} id="notice-status-title">
        {t(`offers.notices.statusTitle.${notice.status}`)}
      </Heading>
      <Paragraph>{t(`offers.notices.statusHint.${notice.status}`)}</Paragraph>
      {done && <SuccessAlert message={done} />}
      {update.isError && <ErrorAlert error={update.error} />}
      <Button
        appearance="secondary-action-button"
        busy={update.isPending}
        onClick={() =>
          update.mutate(
            { status: next },
            { onSuccess: () => setDone(t(`offers.notices.became.${next}`)) },
          )
        }
      >
        {t(`offers.notices.to.${next}`)}
      </Button>
    </section>
  );
}
