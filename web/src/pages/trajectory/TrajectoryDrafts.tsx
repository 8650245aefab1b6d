import {
  AlertDialog,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type BlockerFunction } from 'react-router';
import type { LoginRedirectState } from '../../app/RequireSignIn.tsx';
import { DraftStore } from './drafts.ts';
import { isWithinTrajectory, type TrajectoryPartKey } from './parts.ts';

const DraftContext = createContext<DraftStore | null>(null);

/** The unsaved input of this trajectory's forms (null outside the trajectory pages: no drafts). */
export const useDraftStore = () => useContext(DraftContext);

/**
 * Keeps what was typed but not saved while the user moves between the trajectory's tabs, and
 * warns before it is lost: leaving the trajectory pages in the app (a dialog) or closing or
 * reloading the browser tab (the browser's own question). Nothing is asked when nothing was typed.
 */
export function TrajectoryDrafts({
  personId,
  children,
}: {
  personId: string;
  children: ReactNode;
}) {
  const [store] = useState(() => new DraftStore());
  const shouldBlock = useCallback<BlockerFunction>(
    ({ nextLocation }) =>
      store.hasUnsaved() &&
      !isWithinTrajectory(personId, nextLocation.pathname) &&
      // A session that ran out goes to the login page on its own: never held up there. Signing
      // out on purpose is held up (the login page signs out only once reached).
      (nextLocation.pathname !== '/inloggen' ||
        (nextLocation.state as LoginRedirectState | null)?.signOut === true),
    [store, personId],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!store.hasUnsaved()) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [store]);

  return (
    <DraftContext.Provider value={store}>
      {children}
      {blocker.state === 'blocked' && (
        <LeaveDialog
          parts={store.unsavedParts()}
          onStay={() => blocker.reset()}
          onLeave={() => {
            store.discardAll();
            blocker.proceed();
          }}
        />
      )}
    </DraftContext.Provider>
  );
}

/**
 * A modal question (the native dialog: focus stays inside, Escape means "stay"). Staying closes it
 * and puts focus back where it was, e.g. on the link the user followed.
 */
function LeaveDialog({
  parts,
  onStay,
  onLeave,
}: {
  parts: TrajectoryPartKey[];
  onStay: () => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const leaving = useRef(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const where = parts.map((p) => t(`trajectory.parts.${p}`)).join(', ');
  return (
    <AlertDialog
      ref={ref}
      type="warning"
      role="alertdialog"
      aria-labelledby="leave-dialog-title"
      aria-describedby="leave-dialog-text"
      onClose={() => {
        if (!leaving.current) onStay();
      }}
    >
      {/* Styled through a wrapper: this AlertDialog does not pass its className on. */}
      <div className="ov-leave-dialog">
        <Heading level={2} id="leave-dialog-title">
          {t('trajectory.drafts.leaveTitle')}
        </Heading>
        <div id="leave-dialog-text">
          <Paragraph>{t('trajectory.drafts.leaveText')}</Paragraph>
          {where && <Paragraph>{t('trajectory.drafts.leaveWhere', { parts: where })}</Paragraph>}
        </div>
        <ButtonGroup>
          <Button appearance="primary-action-button" onClick={() => ref.current?.close()}>
            {t('trajectory.drafts.stay')}
          </Button>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              leaving.current = true;
              onLeave();
            }}
          >
            {t('trajectory.drafts.leave')}
          </Button>
        </ButtonGroup>
      </div>
    </AlertDialog>
  );
}
