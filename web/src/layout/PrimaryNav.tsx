import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Role } from '../../../src/modules/auth/contracts.ts';
import { navigationFor } from '../app/access.ts';

/** The pages of this role; the current one is marked with aria-current="page". */
export function PrimaryNav({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('header.primaryNav')} className="utrecht-nav-bar ov-nav">
      <div className="utrecht-nav-bar__content ov-nav__content">
        <ul className="utrecht-nav-list" role="list">
          {navigationFor(role).map((item) => (
            <li key={item.to} className="utrecht-nav-list__item">
              <NavLink
                to={item.to}
                end={item.to === '/'}
                className="utrecht-link utrecht-link--html-a utrecht-nav-list__link ov-nav__link"
              >
                {t(item.labelKey)}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
