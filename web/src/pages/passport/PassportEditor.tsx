import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult, Passport } from '../../../../src/modules/people/contracts.ts';
import { EducationSection } from './EducationSection.tsx';
import { HistorySection } from './HistorySection.tsx';
import { ImportedNotice } from './ImportedNotice.tsx';
import './passport.css';
import { PersonalSection } from './PersonalSection.tsx';
import { PortabilitySection } from './PortabilitySection.tsx';
import { SkillsSection } from './SkillsSection.tsx';
import { SkillSuggestionsSection } from './SkillSuggestionsSection.tsx';
import { WishesSection } from './WishesSection.tsx';
import { WorkHistorySection } from './WorkHistorySection.tsx';

const parts = [
  'personal',
  'work',
  'suggestions',
  'skills',
  'education',
  'wishes',
  'portability',
  'history',
] as const;

/** Jumps to a part without touching the URL (the router owns it) and moves focus there. */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  const heading = document.getElementById(`${id}-title`);
  heading?.focus();
  heading?.scrollIntoView({ block: 'start' });
}

/**
 * The whole skills passport, for the candidate and for their case manager alike: what each may
 * do follows `passport.permissions`, which the server computes from the same policies it enforces.
 */
export function PassportEditor({ passport, printPath }: { passport: Passport; printPath: string }) {
  const { t } = useTranslation();
  // An import replaces everything: start every part afresh from what was saved.
  const [generation, setGeneration] = useState(0);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const shown = parts.filter((p) => p !== 'suggestions' || passport.permissions.edit);
  return (
    <>
      {imported && <ImportedNotice result={imported} />}
      <div key={generation} className="ov-passport">
        <nav aria-label={t('passport.contents')} className="ov-passport-contents">
          <ul>
            {shown.map((part) => (
              <li key={part}>
                <a
                  href={`#${part}`}
                  className="utrecht-link utrecht-link--html-a"
                  onClick={(event) => jumpTo(event, part)}
                >
                  {t(`passport.parts.${part}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <PersonalSection passport={passport} />
        <WorkHistorySection passport={passport} />
        <SkillSuggestionsSection passport={passport} />
        <SkillsSection passport={passport} />
        <EducationSection passport={passport} />
        <WishesSection passport={passport} />
        <PortabilitySection
          passport={passport}
          printPath={printPath}
          onImported={(result) => {
            setImported(result);
            setGeneration((g) => g + 1);
          }}
        />
        <HistorySection passport={passport} />
      </div>
    </>
  );
}
