import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { offerStatuses, type OfferStatus } from '../../../../src/modules/offers/contracts.ts';
import { SelectField } from '../../components/SelectField.tsx';

interface OfferFormEndProps {
  status: OfferStatus;
  onStatusChange: (status: OfferStatus) => void;
  statusError: string | undefined;
  busy: boolean;
  mode: 'new' | 'edit';
  /** The submit label of a new offer ("Publiceren"); an edit always says "Wijzigingen opslaan". */
  publishLabel: string;
}

/** The end of every offer form (training, service, shadowing slot, event): status and submit. */
export function OfferFormEnd(props: OfferFormEndProps) {
  const { t } = useTranslation();
  const { busy, mode } = props;
  return (
    <>
      <SelectField
        id="status"
        label={t('offers.trainingForm.status')}
        description={t('offers.trainingForm.statusHint')}
        value={props.status}
        options={offerStatuses.map((s) => ({ value: s, label: t(`offers.offerStatuses.${s}`) }))}
        onChange={(status) => props.onStatusChange(status as OfferStatus)}
        error={props.statusError}
      />
      <Button type="submit" appearance="primary-action-button" busy={busy}>
        {busy
          ? t('forms.saving')
          : mode === 'new'
            ? props.publishLabel
            : t('offers.trainingForm.saveChanges')}
      </Button>
    </>
  );
}
