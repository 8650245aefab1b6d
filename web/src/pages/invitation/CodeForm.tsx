import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationPreview } from '../../../../src/modules/vacancies/invitation-contracts.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import { serverErrors } from '../../components/validate-form.ts';
import { useLookupInvitation } from './invitation-queries.ts';

/** The invitation code, typed or from the link; a link's code is looked up at once. */
export function CodeForm({
  initialCode,
  onFound,
}: {
  initialCode: string;
  onFound: (code: string, preview: InvitationPreview) => void;
}) {
  const { t } = useTranslation();
  const lookup = useLookupInvitation();
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string | null>(null);
  const inputRef = useRef<HTMLFormElement>(null);

  const check = (value: string) => {
    setGeneral(null);
    if (!value.trim()) {
      setError(t('offers.invitation.codeRequired'));
      inputRef.current?.querySelector<HTMLInputElement>('#code')?.focus();
      return;
    }
    lookup.mutate(value, {
      onSuccess: (preview) => onFound(value, preview),
      onError: (failure) => {
        const result = serverErrors(failure, t, ['code']);
        setError(result.fields.code);
        setGeneral(result.general);
        inputRef.current?.querySelector<HTMLInputElement>('#code')?.focus();
      },
    });
  };

  // A link with ?code= is checked straight away: one step less for the employee.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !initialCode) return;
    started.current = true;
    check(initialCode);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the link's code
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!lookup.isPending) check(code);
  };

  return (
    <>
      {general && <ErrorAlert error={general} />}
      <form ref={inputRef} noValidate onSubmit={onSubmit} className="ov-form">
        <InputField
          id="code"
          label={t('offers.invitation.code')}
          description={t('offers.invitation.codeHint')}
          value={code}
          onChange={(v) => {
            setCode(v);
            setError(undefined);
          }}
          error={error}
          autoComplete="off"
        />
        <Button type="submit" appearance="primary-action-button" busy={lookup.isPending}>
          {t('offers.invitation.check')}
        </Button>
      </form>
    </>
  );
}
