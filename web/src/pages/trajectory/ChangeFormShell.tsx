import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

interface ShellForm {
  onSubmit: (event: FormEvent) => void;
  general: string | null;
  busy: boolean;
  /** Unsaved input from an earlier visit was put back (see useChangeForm). */
  restored: boolean;
  discardDraft: () => void;
}

/**
 * A form named by its heading (so it is a landmark, role=form), with its general error above;
 * the section around it confirms what was saved.
 */
export function ChangeFormShell({
  id,
  title,
  intro,
  form,
  formRef,
  submitLabel,
  children,
  level = 3,
  collapsed = false,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  form: ShellForm;
  /** The form, for moving focus to the first invalid field. */
  formRef: RefObject<HTMLFormElement>;
  submitLabel: string;
  children: ReactNode;
  level?: 3 | 4;
  /** Tucked away behind its title (a disclosure): for what is done now and then. */
  collapsed?: boolean;
}) {
  const { t } = useTranslation();
  // A form tucked away opens when it holds restored input, so that the user sees it.
  const [openAtStart] = useState(form.restored);
  const formElement = (
    <form
      ref={formRef}
      noValidate
      onSubmit={form.onSubmit}
      className="ov-form ov-trajectory-form"
      aria-labelledby={`${id}-title`}
    >
      {!collapsed && (
        <Heading level={level} id={`${id}-title`}>
          {title}
        </Heading>
      )}
      {intro}
      {form.general && <ErrorAlert error={form.general} />}
      {form.restored && (
        <Alert type="info" className="ov-alert ov-draft-note">
          <Paragraph className="ov-alert__title" id={`${id}-draft-title`}>
            {t('trajectory.drafts.restored')}
          </Paragraph>
          <Paragraph id={`${id}-draft-text`}>{t('trajectory.drafts.restoredText')}</Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={form.discardDraft}
            aria-describedby={`${id}-draft-title ${id}-draft-text`}
          >
            {t('trajectory.drafts.discard')}
          </Button>
        </Alert>
      )}
      {children}
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {form.busy ? t('forms.saving') : submitLabel}
      </Button>
    </form>
  );
  if (!collapsed) return formElement;
  return (
    <details className="ov-disclosure" open={openAtStart || undefined}>
      <summary id={`${id}-title`}>{title}</summary>
      {formElement}
    </details>
  );
}
