import { Button, Heading, LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useRegisterForTrajectory } from '../../api/privacy-queries.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';

/**
 * No trajectory yet. With a case organisation chosen in the passport the candidate can sign up
 * here (their case manager then invites them to the intake); without one, they hear whom to ask.
 */
export function NoTrajectory({
  personId,
  hasCaseTeam,
}: {
  personId: string;
  hasCaseTeam: boolean;
}) {
  const { t } = useTranslation();
  const register = useRegisterForTrajectory(personId);
  if (!hasCaseTeam) {
    return (
      <EmptyState
        action={
          <LinkList>
            <NavLinkItem to="/paspoort">{t('privacy.trajectory.none.toPassport')}</NavLinkItem>
          </LinkList>
        }
      >
        {t('privacy.trajectory.none.noCaseTeam')}
      </EmptyState>
    );
  }
  return (
    <>
      <EmptyState>{t('privacy.trajectory.none.intro')}</EmptyState>
      <Heading level={2}>{t('privacy.trajectory.none.registerTitle')}</Heading>
      <Paragraph>{t('privacy.trajectory.none.registerText')}</Paragraph>
      {register.isError && <ErrorAlert error={register.error} />}
      <Button
        appearance="primary-action-button"
        busy={register.isPending}
        disabled={register.isPending}
        onClick={() => register.mutate()}
      >
        {t('privacy.trajectory.none.register')}
      </Button>
    </>
  );
}
