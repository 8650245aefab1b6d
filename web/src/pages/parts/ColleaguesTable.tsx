import { useTranslation } from 'react-i18next';
import type { Me, User } from '../../../../src/modules/auth/contracts.ts';
import { useUsers } from '../../api/queries.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';

/** The other active people of the user's organisation (GET /api/users for staff). */
export function ColleaguesTable({ me }: { me: Me }) {
  const { t } = useTranslation();
  const users = useUsers(me.organisationId);
  const columns: Column<User>[] = [
    { header: t('colleagues.name'), cell: (u) => u.name, rowHeader: true },
    { header: t('colleagues.role'), cell: (u) => t(`roles.${u.role}`) },
    {
      header: t('colleagues.email'),
      cell: (u) => (
        <a className="utrecht-link utrecht-link--html-a" href={`mailto:${u.email}`}>
          {u.email}
        </a>
      ),
    },
  ];
  return (
    <QueryResult query={users}>
      {(list) => (
        <DataTable
          caption={t('colleagues.caption', { organisation: me.organisationName ?? '' })}
          columns={columns}
          rows={list.filter((u) => u.active && u.id !== me.id)}
          rowKey={(u) => u.id}
          empty={t('colleagues.empty')}
        />
      )}
    </QueryResult>
  );
}
