import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Passport, WorkHistoryEntry } from '../../../../src/modules/people/contracts.ts';
import { useRemoveWorkHistory } from '../../api/passport-queries.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { sectorLabel } from '../../i18n/labels.ts';
import { orDash, yearsLabel } from './labels.ts';
import { focusSection, PassportSection } from './PassportSection.tsx';
import { RemoveButton } from './RemoveButton.tsx';
import { WorkHistoryForm } from './WorkHistoryForm.tsx';

/** One job: the person's own title, the occupation it is, where and when. */
function JobCard({ entry }: { entry: WorkHistoryEntry }) {
  const { t } = useTranslation();
  const facts = [
    [
      t('passport.work.occupation'),
      entry.occupation
        ? conceptLabel(entry.occupation, currentLocale())
        : t('passport.work.noOccupation'),
    ],
    [t('passport.work.employer'), orDash(entry.employerName)],
    [t('passport.work.sector'), sectorLabel(entry.sector, t)],
    [t('passport.work.years'), yearsLabel(entry.startYear, entry.endYear, t)],
    [t('passport.work.hoursPerWeek'), orDash(entry.hoursPerWeek)],
  ];
  return (
    <>
      <Heading level={3}>{entry.jobTitle}</Heading>
      <dl className="ov-inline-facts">
        {facts.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {entry.description && <Paragraph className="ov-prewrap">{entry.description}</Paragraph>}
    </>
  );
}

/** The work history: jobs newest first; each can be changed or removed, and new ones added. */
export function WorkHistorySection({ passport }: { passport: Passport }) {
  const { t } = useTranslation();
  const remove = useRemoveWorkHistory(passport.id);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const canEdit = passport.permissions.edit;
  const done = (saved: boolean, what: string) => {
    setEditing(null);
    setMessage(saved ? what : null);
    focusSection('work');
  };
  return (
    <PassportSection
      id="work"
      title={t('passport.work.title')}
      intro={<Paragraph>{t('passport.work.intro')}</Paragraph>}
    >
      {message && <SuccessAlert message={message} />}
      {remove.isError && <ErrorAlert error={remove.error} />}
      {passport.workHistory.length === 0 ? (
        <EmptyState>{t('passport.work.empty')}</EmptyState>
      ) : (
        <ul className="ov-cards">
          {passport.workHistory.map((entry) => (
            <li key={entry.id} className="ov-card">
              {editing === entry.id ? (
                <WorkHistoryForm
                  personId={passport.id}
                  entry={entry}
                  onDone={(saved) =>
                    done(saved, t('passport.work.saved', { title: entry.jobTitle }))
                  }
                />
              ) : (
                <>
                  <JobCard entry={entry} />
                  {canEdit && (
                    <div className="ov-row-actions">
                      <Button
                        appearance="secondary-action-button"
                        onClick={() => {
                          setMessage(null);
                          setEditing(entry.id);
                        }}
                      >
                        {t('passport.edit')}
                        <VisuallyHidden> {entry.jobTitle}</VisuallyHidden>
                      </Button>
                      <RemoveButton
                        what={entry.jobTitle}
                        busy={remove.isPending}
                        onRemove={() =>
                          remove.mutate(entry.id, {
                            onSuccess: () => {
                              setMessage(t('passport.work.removed', { title: entry.jobTitle }));
                              focusSection('work');
                            },
                          })
                        }
                      />
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit &&
        (editing === 'new' ? (
          <div className="ov-card">
            <Heading level={3}>{t('passport.work.addTitle')}</Heading>
            <WorkHistoryForm
              personId={passport.id}
              onDone={(saved) => done(saved, t('passport.work.added'))}
            />
          </div>
        ) : (
          <Button
            appearance="primary-action-button"
            onClick={() => {
              setMessage(null);
              setEditing('new');
            }}
          >
            {t('passport.work.addButton')}
          </Button>
        ))}
    </PassportSection>
  );
}
