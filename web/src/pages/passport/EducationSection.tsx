import { Button, Heading } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EducationEntry, Passport } from '../../../../src/modules/people/contracts.ts';
import { useRemoveEducation } from '../../api/passport-queries.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { EducationForm } from './EducationForm.tsx';
import { orDash } from './labels.ts';
import { focusSection, PassportSection } from './PassportSection.tsx';
import { RemoveButton } from './RemoveButton.tsx';

/** Courses, diplomas and certificates (a certificate can prove a skill). */
export function EducationSection({ passport }: { passport: Passport }) {
  const { t } = useTranslation();
  const remove = useRemoveEducation(passport.id);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const canEdit = passport.permissions.edit;
  return (
    <PassportSection id="education" title={t('passport.education.title')}>
      {message && <SuccessAlert message={message} />}
      {remove.isError && <ErrorAlert error={remove.error} />}
      <DataTable
        caption={t('passport.education.caption', { count: passport.education.length })}
        rows={passport.education}
        rowKey={(e) => e.id}
        empty={t('passport.education.empty')}
        columns={[
          { header: t('passport.education.name'), cell: (e) => e.name, rowHeader: true },
          { header: t('passport.education.kind'), cell: (e) => t(`educationKinds.${e.kind}`) },
          { header: t('passport.education.level'), cell: (e) => orDash(e.level) },
          { header: t('passport.education.institution'), cell: (e) => orDash(e.institution) },
          { header: t('passport.education.year'), cell: (e) => orDash(e.year) },
          {
            header: t('passport.education.completed'),
            cell: (e: EducationEntry) => (e.completed ? t(`completion.${e.completed}`) : '–'),
          },
          { header: t('passport.education.validUntil'), cell: (e) => orDash(e.validUntil) },
          ...(canEdit
            ? [
                {
                  header: t('passport.actions'),
                  cell: (e: EducationEntry) => (
                    <RemoveButton
                      what={e.name}
                      busy={remove.isPending}
                      onRemove={() =>
                        remove.mutate(e.id, {
                          onSuccess: () => {
                            setMessage(t('passport.education.removed', { name: e.name }));
                            focusSection('education');
                          },
                        })
                      }
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {canEdit &&
        (adding ? (
          <div className="ov-card">
            <Heading level={3}>{t('passport.education.addTitle')}</Heading>
            <EducationForm
              personId={passport.id}
              onDone={(saved) => {
                setAdding(false);
                setMessage(saved ? t('passport.education.added') : null);
                focusSection('education');
              }}
            />
          </div>
        ) : (
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setMessage(null);
              setAdding(true);
            }}
          >
            {t('passport.education.addButton')}
          </Button>
        ))}
    </PassportSection>
  );
}
