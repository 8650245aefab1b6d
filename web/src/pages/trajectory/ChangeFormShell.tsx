import { Button, Heading } from '@utrecht/component-library-react';
import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

interface ShellForm {
  onSubmit: (event: FormEvent) => void;
  general: string | null;
  busy: boolean;
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
      {children}
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {form.busy ? t('forms.saving') : submitLabel}
      </Button>
    </form>
  );
  if (!collapsed) return formElement;
  return (
    <details className="ov-disclosure">
      <summary id={`${id}-title`}>{title}</summary>
      {formElement}
    </details>
  );
}
