import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Passport } from '../../../../src/modules/people/contracts.ts';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { focusSection, PassportSection } from './PassportSection.tsx';
import { PersonalFacts } from './PersonalFacts.tsx';
import { PersonalForm } from './PersonalForm.tsx';

/** Personal data: shown as facts, changed in a form that opens in place. */
export function PersonalSection({ passport }: { passport: Passport }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const done = (didSave: boolean) => {
    setEditing(false);
    setSaved(didSave);
    focusSection('personal');
  };
  return (
    <PassportSection id="personal" title={t('passport.personal.title')}>
      {saved && <SuccessAlert message={t('passport.personal.saved')} />}
      {editing ? (
        <PersonalForm passport={passport} onDone={done} />
      ) : (
        <>
          <PersonalFacts passport={passport} />
          <Paragraph className="ov-hint">
            {passport.caseOrganisationId
              ? t('passport.personal.caseOrganisation')
              : t('passport.personal.noCaseOrganisation')}
          </Paragraph>
          {passport.permissions.edit && (
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('passport.personal.edit')}
            </Button>
          )}
        </>
      )}
    </PassportSection>
  );
}
