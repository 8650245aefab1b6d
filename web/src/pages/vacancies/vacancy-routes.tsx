import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import '../../components/offers.css';
import { RequireRole } from '../../app/RequireRole.tsx';
import { CarveVacancyPage } from './CarveVacancyPage.tsx';
import { EditVacancyPage } from './EditVacancyPage.tsx';
import { ImportVacanciesPage } from './ImportVacanciesPage.tsx';
import { NewVacancyPage } from './NewVacancyPage.tsx';
import { VacanciesPage } from './VacanciesPage.tsx';
import { VacancyDetailPage } from './VacancyDetailPage.tsx';

const vacancyPage = (path: string, element: ReactNode): RouteObject => ({
  path,
  element: <RequireRole page="vacancies">{element}</RequireRole>,
});

/** /vacatures: the list, new, import, one vacancy, change it, split it. */
export const vacancyRoutes: RouteObject[] = [
  vacancyPage('/vacatures', <VacanciesPage />),
  vacancyPage('/vacatures/nieuw', <NewVacancyPage />),
  vacancyPage('/vacatures/importeren', <ImportVacanciesPage />),
  vacancyPage('/vacatures/:id', <VacancyDetailPage />),
  vacancyPage('/vacatures/:id/bewerken', <EditVacancyPage />),
  vacancyPage('/vacatures/:id/splitsen', <CarveVacancyPage />),
];
