import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../src/modules/people/contracts.ts';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { passportMessage } from './field-messages.ts';

/**
 * Says the import worked, and what was adjusted (e.g. evidence this installation has not
 * verified). It takes the focus: the passport below it is new, so the user starts here.
 */
export function ImportedNotice({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [result]);
  return (
    <div ref={ref} tabIndex={-1} className="ov-imported">
      <SuccessAlert message={t('passport.import.done')} />
      {result.notices.length > 0 && (
        <>
          <Paragraph>{t('passport.import.notices')}</Paragraph>
          <UnorderedList>
            {result.notices.map((n) => (
              <UnorderedListItem key={`${n.path}-${n.message}`}>
                {`${n.path}: ${passportMessage(n.message)}`}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </div>
  );
}
