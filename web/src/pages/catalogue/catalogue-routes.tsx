import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import '../../components/offers.css';
import type { PageName } from '../../app/access.ts';
import { RequireRole } from '../../app/RequireRole.tsx';
import {
  EditEventPage,
  EditSlotPage,
  MyEventsPage,
  MySlotsPage,
  NewEventPage,
  NewSlotPage,
} from './ActivityPages.tsx';
import { CataloguePage } from './CataloguePage.tsx';
import { MyOffersPage } from './MyOffersPage.tsx';
import { EditServicePage, NewServicePage } from './ServicePages.tsx';
import { TrainingDetailPage } from './TrainingDetailPage.tsx';
import { EditTrainingPage, NewTrainingPage } from './TrainingPages.tsx';

const page = (path: string, name: PageName, element: ReactNode): RouteObject => ({
  path,
  element: <RequireRole page={name}>{element}</RequireRole>,
});

/**
 * /aanbod (the regional catalogue), /mijn-aanbod (a provider's own offers), /meeloopstages (a
 * hiring employer's job shadowing) and /banenmarkten (matching events of their organisers).
 */
export const catalogueRoutes: RouteObject[] = [
  page('/aanbod', 'catalogue', <CataloguePage />),
  page('/aanbod/opleidingen/:id', 'catalogue', <TrainingDetailPage />),
  page('/mijn-aanbod', 'myOffers', <MyOffersPage />),
  page('/mijn-aanbod/opleidingen/nieuw', 'myOffers', <NewTrainingPage />),
  page('/mijn-aanbod/opleidingen/:id', 'myOffers', <EditTrainingPage />),
  page('/mijn-aanbod/diensten/nieuw', 'myOffers', <NewServicePage />),
  page('/mijn-aanbod/diensten/:id', 'myOffers', <EditServicePage />),
  page('/meeloopstages', 'shadowing', <MySlotsPage />),
  page('/meeloopstages/nieuw', 'shadowing', <NewSlotPage />),
  page('/meeloopstages/:id', 'shadowing', <EditSlotPage />),
  page('/banenmarkten', 'events', <MyEventsPage />),
  page('/banenmarkten/nieuw', 'events', <NewEventPage />),
  page('/banenmarkten/:id', 'events', <EditEventPage />),
];
