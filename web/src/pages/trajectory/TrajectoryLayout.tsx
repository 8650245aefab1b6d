import { Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import type { TrajectoryView } from '../../../../src/modules/trajectories/contracts.ts';
import { ApiError } from '../../api/client.ts';
import { usePassport } from '../../api/passport-queries.ts';
import { useCaseTrajectory } from '../../api/trajectory-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { PassportNotFound } from '../passport/PassportNotFound.tsx';
import { ChainProgress } from './ChainProgress.tsx';
import { trajectoryParts, trajectoryPath } from './parts.ts';
import { StartTrajectory } from './StartTrajectory.tsx';
import { TrajectoryDrafts } from './TrajectoryDrafts.tsx';
import './trajectory.css';

export interface TrajectoryContext {
  view: TrajectoryView;
  personId: string;
}

export const useTrajectoryContext = () => useOutletContext<TrajectoryContext>();

/** Links from the worklist point at a goal or a check (#goal-…): show it and put focus there. */
function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  }, [ready, hash]);
}

/**
 * A person's trajectory as the case team works with it: the chain on top, its parts below.
 * Unsaved input in its forms is kept across the parts (TrajectoryDrafts).
 */
export function TrajectoryLayout() {
  const { id = '' } = useParams();
  return (
    <TrajectoryDrafts personId={id}>
      {/* Another person: new forms, nothing typed for the previous one carries over. */}
      <TrajectoryPage key={id} id={id} />
    </TrajectoryDrafts>
  );
}

function TrajectoryPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const passport = usePassport(id);
  const trajectory = useCaseTrajectory(id);
  useScrollToHash(Boolean(trajectory.data));
  const error = passport.error;
  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
    return <PassportNotFound backTo="/caseload" backLabel={t('passport.notFound.toCaseload')} />;
  }
  return (
    <QueryResult query={passport}>
      {(p) => {
        const name = [p.personal.givenName, p.personal.familyName].filter(Boolean).join(' ');
        const title = t('trajectory.page.title', { name: name || p.pseudonym });
        return (
          <>
            <Paragraph>
              <AppLink to={`/caseload/${id}`}>{t('trajectory.page.toPassport')}</AppLink>
            </Paragraph>
            <PageHeading title={title}>{title}</PageHeading>
            <QueryResult query={trajectory}>
              {(view) =>
                view === null ? (
                  <StartTrajectory personId={id} />
                ) : (
                  <>
                    <ChainProgress view={view} />
                    <nav className="ov-subnav" aria-label={t('trajectory.page.partsNav')}>
                      <ul>
                        {trajectoryParts.map((part) => (
                          <li key={part.key}>
                            <NavLink
                              to={trajectoryPath(id, part.to)}
                              end
                              className="utrecht-link utrecht-link--html-a"
                            >
                              {t(`trajectory.parts.${part.key}`)}
                            </NavLink>
                          </li>
                        ))}
                      </ul>
                    </nav>
                    <Outlet context={{ view, personId: id } satisfies TrajectoryContext} />
                  </>
                )
              }
            </QueryResult>
          </>
        );
      }}
    </QueryResult>
  );
}
