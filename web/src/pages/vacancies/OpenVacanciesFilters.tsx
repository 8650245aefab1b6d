import { Button, ButtonGroup, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sectors } from '../../../../src/modules/organisations/contracts.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ConceptAutocomplete } from '../../components/ConceptAutocomplete.tsx';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import type { OpenVacancyFilter } from './open-vacancy-filter.ts';

/** Sector, occupation, place, conditional contract, job shadowing and words; applied on "Zoeken". */
export function OpenVacanciesFilters({
  initial,
  onApply,
}: {
  initial: OpenVacancyFilter;
  onApply: (filter: OpenVacancyFilter) => void;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState(initial);
  const [occupationText, setOccupationText] = useState(initial.occupationLabel);
  const set = (patch: Partial<OpenVacancyFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A typed occupation that was not chosen from the proposals does not filter.
    const chosen =
      occupationText.trim() === filter.occupationLabel
        ? filter
        : { ...filter, occupationId: '', occupationLabel: '' };
    onApply(chosen);
  };
  return (
    <form
      role="search"
      aria-label={t('offers.vacancies.filters')}
      onSubmit={submit}
      className="ov-filters"
    >
      <Fieldset>
        <FieldsetLegend>{t('offers.vacancies.filters')}</FieldsetLegend>
        <div className="ov-filter-grid">
          <InputField
            id="filter-q"
            kind="search"
            label={t('offers.vacancies.filterWords')}
            isFilter
            value={filter.q}
            onChange={(q) => set({ q })}
          />
          <SelectField
            id="filter-sector"
            label={t('offers.vacancies.sector')}
            isFilter
            value={filter.sector}
            options={[
              { value: '', label: t('offers.vacancies.allSectors') },
              ...sectors.map((s) => ({ value: s, label: t(`sectors.${s}`) })),
            ]}
            onChange={(sector) => set({ sector })}
          />
          <ConceptAutocomplete
            id="filter-occupation"
            label={t('offers.vacancies.occupation')}
            source="occupations"
            optional
            value={occupationText}
            onValueChange={(text) => {
              setOccupationText(text);
              if (text.trim() === '') set({ occupationId: '', occupationLabel: '' });
            }}
            onSelect={(hit) => set({ occupationId: String(hit.id), occupationLabel: hit.label })}
          />
          <InputField
            id="filter-city"
            label={t('offers.vacancies.place')}
            isFilter
            autoComplete="address-level2"
            value={filter.city}
            onChange={(city) => set({ city })}
          />
        </div>
        <CheckboxField
          id="filter-conditional"
          label={t('offers.vacancies.filterConditional')}
          checked={filter.conditionalContract}
          onChange={(conditionalContract) => set({ conditionalContract })}
        />
        <CheckboxField
          id="filter-shadowing"
          label={t('offers.vacancies.filterShadowing')}
          checked={filter.jobShadowing}
          onChange={(jobShadowing) => set({ jobShadowing })}
        />
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          {t('offers.vacancies.search')}
        </Button>
        <Button
          appearance="subtle-button"
          onClick={() => {
            const cleared = {
              sector: '',
              occupationId: '',
              occupationLabel: '',
              city: '',
              conditionalContract: false,
              jobShadowing: false,
              q: '',
            };
            setFilter(cleared);
            setOccupationText('');
            onApply(cleared);
          }}
        >
          {t('offers.vacancies.clearFilters')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
