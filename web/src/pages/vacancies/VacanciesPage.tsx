import { useCurrentUser } from '../../app/current-user.ts';
import { EmployerVacanciesPage } from './EmployerVacanciesPage.tsx';
import { OpenVacanciesPage } from './OpenVacanciesPage.tsx';

/** /vacatures: an employer's own vacancies, or the open vacancies of the region for others. */
export function VacanciesPage() {
  const me = useCurrentUser();
  return me.role === 'employer' ? <EmployerVacanciesPage /> : <OpenVacanciesPage />;
}
