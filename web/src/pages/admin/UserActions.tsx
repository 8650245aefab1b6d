import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { UpdateUserBody, User } from '../../../../src/modules/auth/contracts.ts';
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx';

interface Props {
  user: User;
  isSelf: boolean;
  busy: boolean;
  onChange: (user: User, changes: UpdateUserBody) => void;
}

/** Per row: lift a lock, deactivate or reactivate; each button names the person it acts on. */
export function UserActions({ user, isSelf, busy, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="ov-row-actions">
      {user.locked && (
        <Button
          appearance="secondary-action-button"
          disabled={busy}
          onClick={() => onChange(user, { unlock: true })}
        >
          {t('adminUsers.unlock')}
          <VisuallyHidden> {user.name}</VisuallyHidden>
        </Button>
      )}
      {!isSelf && (
        <Button
          appearance="secondary-action-button"
          disabled={busy}
          onClick={() => onChange(user, { active: !user.active })}
        >
          {user.active ? t('adminUsers.deactivate') : t('adminUsers.reactivate')}
          <VisuallyHidden> {user.name}</VisuallyHidden>
        </Button>
      )}
    </div>
  );
}
