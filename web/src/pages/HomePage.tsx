import type { ComponentType } from 'react';
import type { Role } from '../../../src/modules/auth/contracts.ts';
import { useCurrentUser } from '../app/current-user.ts';
import { AdminHome } from './home/AdminHome.tsx';
import { CandidateHome } from './home/CandidateHome.tsx';
import { CaseManagerHome } from './home/CaseManagerHome.tsx';
import { CoordinatorHome } from './home/CoordinatorHome.tsx';
import { EmployerHome } from './home/EmployerHome.tsx';
import { ProviderHome } from './home/ProviderHome.tsx';

const homes: Record<Role, ComponentType> = {
  admin: AdminHome,
  coordinator: CoordinatorHome,
  case_manager: CaseManagerHome,
  employer: EmployerHome,
  provider: ProviderHome,
  candidate: CandidateHome,
};

/** Everyone starts at "/", and sees what their role works with. */
export function HomePage() {
  const me = useCurrentUser();
  const Home = homes[me.role];
  return <Home />;
}
