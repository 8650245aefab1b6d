import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateUserBody, User } from '../../../../src/modules/auth/contracts.ts';
import type { Organisation } from '../../../../src/modules/organisations/contracts.ts';
import { useUpdateUser } from '../../api/queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { UserActions } from './UserActions.tsx';

interface Props {
  users: readonly User[];
  organisations: readonly Organisation[];
}

export function UsersTable({ users, organisations }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const update = useUpdateUser();
  const [done, setDone] = useState<string | null>(null);
  const organisationName = (id: string | null) =>
    organisations.find((o) => o.id === id)?.name ?? '–';
  const dateFormat = new Intl.DateTimeFormat(currentLocale() === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  const onChange = (user: User, changes: UpdateUserBody) => {
    setDone(null);
    update.mutate(
      { id: user.id, changes },
      {
        onSuccess: (updated) => {
          const key = changes.unlock
            ? 'adminUsers.unlocked'
            : updated.active
              ? 'adminUsers.reactivated'
              : 'adminUsers.deactivated';
          setDone(t(key, { name: updated.name }));
        },
      },
    );
  };

  const status = (u: User) =>
    [
      u.active ? t('adminUsers.active') : t('adminUsers.inactive'),
      u.locked && t('adminUsers.locked'),
    ]
      .filter(Boolean)
      .join(', ');

  const columns: Column<User>[] = [
    {
      header: t('adminUsers.name'),
      cell: (u) => (u.id === me.id ? `${u.name} ${t('adminUsers.you')}` : u.name),
      rowHeader: true,
    },
    { header: t('adminUsers.email'), cell: (u) => u.email },
    { header: t('adminUsers.role'), cell: (u) => t(`roles.${u.role}`) },
    { header: t('adminUsers.organisation'), cell: (u) => organisationName(u.organisationId) },
    { header: t('adminUsers.status'), cell: status },
    {
      header: t('adminUsers.lastLogin'),
      cell: (u) =>
        u.lastLoginAt ? dateFormat.format(new Date(u.lastLoginAt)) : t('adminUsers.never'),
    },
    {
      header: t('adminUsers.actions'),
      cell: (u) => (
        <UserActions user={u} isSelf={u.id === me.id} busy={update.isPending} onChange={onChange} />
      ),
    },
  ];

  return (
    <>
      {done && <SuccessAlert message={done} />}
      {update.isError && <ErrorAlert error={update.error} />}
      <DataTable
        caption={t('adminUsers.caption', { count: users.length })}
        columns={columns}
        rows={users}
        rowKey={(u) => u.id}
        empty={t('adminUsers.empty')}
      />
    </>
  );
}
