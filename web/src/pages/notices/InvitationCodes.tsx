import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../../../src/modules/vacancies/redundancy-contracts.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx';

/**
 * The codes of new invitations: shown this once (only a hash is stored), so the employer is
 * told to pass them on now, and can copy them. Focus comes here, so the code is read out.
 */
export function InvitationCodes({ invitations }: { invitations: readonly Invitation[] }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [invitations]);

  const copy = (text: string, what: string) => {
    // The clipboard API exists only on secure pages (https, localhost).
    if (!('clipboard' in navigator)) return setCopied(t('offers.enrolments.copyFailed'));
    navigator.clipboard.writeText(text).then(
      () => setCopied(t('offers.enrolments.copied', { what })),
      () => setCopied(t('offers.enrolments.copyFailed')),
    );
  };
  const all = invitations.map((i) => `${i.name ?? ''}\t${i.inviteCode}`).join('\n');
  return (
    <div className="ov-codes" role="group" aria-labelledby="codes-title">
      <Heading
        level={3}
        id="codes-title"
        ref={headingRef}
        tabIndex={-1}
        className="ov-focus-target"
      >
        {t('offers.enrolments.codesTitle', { count: invitations.length })}
      </Heading>
      <Paragraph>{t('offers.enrolments.codesHint')}</Paragraph>
      <Paragraph>
        {t('offers.enrolments.linkHint', { url: `${window.location.origin}/uitnodiging` })}
      </Paragraph>
      <DataTable
        caption={t('offers.enrolments.codesCaption')}
        rows={invitations}
        rowKey={(i) => i.id}
        empty={null}
        columns={[
          { header: t('offers.enrolments.name'), cell: (i) => i.name ?? '–', rowHeader: true },
          {
            header: t('offers.enrolments.code'),
            cell: (i) => <code className="ov-code">{i.inviteCode}</code>,
          },
          {
            header: t('offers.enrolments.copy'),
            cell: (i) => (
              <Button
                appearance="subtle-button"
                onClick={() => copy(i.inviteCode, i.name ?? i.inviteCode)}
              >
                {t('offers.enrolments.copy')}
                <VisuallyHidden>
                  {' '}
                  {t('offers.enrolments.codeOf', { name: i.name ?? '' })}
                </VisuallyHidden>
              </Button>
            ),
          },
        ]}
      />
      {invitations.length > 1 && (
        <Button
          appearance="secondary-action-button"
          onClick={() => copy(all, t('offers.enrolments.allCodes'))}
        >
          {t('offers.enrolments.copyAll')}
        </Button>
      )}
      <p role="status" className="ov-status">
        {copied ?? ''}
      </p>
    </div>
  );
}
