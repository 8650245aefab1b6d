import { Button, ButtonGroup, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueKinds, fundingSchemes } from '../../../../src/modules/offers/contracts.ts';
import { sectors } from '../../../../src/modules/organisations/contracts.ts';
import { ConceptAutocomplete } from '../../components/ConceptAutocomplete.tsx';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { emptyCatalogueFilter, type CatalogueFilter } from './catalogue-filter.ts';

/**
 * Search the catalogue: by the skill a training teaches (autocomplete), sector, start date,
 * maximum cost, funding scheme, kind and words. Applied with "Zoeken", so nothing moves while
 * someone is still choosing.
 */
export function CatalogueFilters({
  initial,
  onApply,
}: {
  initial: CatalogueFilter;
  onApply: (filter: CatalogueFilter) => void;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState(initial);
  const [skillText, setSkillText] = useState(initial.skillLabel);
  const set = (patch: Partial<CatalogueFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const all = (label: string) => ({ value: '', label });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Text typed but not chosen from the proposals is not a skill to filter on.
    const keepSkill = filter.skillId && skillText.trim() === filter.skillLabel;
    onApply(keepSkill ? filter : { ...filter, skillId: '', skillLabel: '' });
  };
  return (
    <form
      role="search"
      aria-label={t('offers.catalogue.filters')}
      onSubmit={submit}
      className="ov-filters"
    >
      <Fieldset>
        <FieldsetLegend>{t('offers.catalogue.filters')}</FieldsetLegend>
        <ConceptAutocomplete
          id="filter-skill"
          label={t('offers.catalogue.skill')}
          description={t('offers.catalogue.skillHint')}
          source="skills"
          optional
          value={skillText}
          onValueChange={(text) => {
            setSkillText(text);
            if (text.trim() === '') set({ skillId: '', skillLabel: '' });
          }}
          onSelect={(hit) => set({ skillId: String(hit.id), skillLabel: hit.label })}
        />
        <div className="ov-filter-grid">
          <SelectField
            id="filter-kind"
            label={t('offers.catalogue.kind')}
            isFilter
            value={filter.kind}
            options={[
              all(t('offers.catalogue.allKinds')),
              ...catalogueKinds.map((k) => ({ value: k, label: t(`offers.catalogue.kinds.${k}`) })),
            ]}
            onChange={(kind) => set({ kind: kind as CatalogueFilter['kind'] })}
          />
          <SelectField
            id="filter-sector"
            label={t('offers.catalogue.sector')}
            isFilter
            value={filter.sector}
            options={[
              all(t('offers.catalogue.allSectors')),
              ...sectors.map((s) => ({ value: s, label: t(`sectors.${s}`) })),
            ]}
            onChange={(sector) => set({ sector })}
          />
          <SelectField
            id="filter-funding"
            label={t('offers.catalogue.funding')}
            isFilter
            value={filter.funding}
            options={[
              all(t('offers.catalogue.anyFunding')),
              ...fundingSchemes.map((f) => ({ value: f, label: t(`offers.funding.${f}`) })),
            ]}
            onChange={(funding) => set({ funding: funding as CatalogueFilter['funding'] })}
          />
          <InputField
            id="filter-start-from"
            kind="date"
            isFilter
            label={t('offers.catalogue.startFrom')}
            value={filter.startFrom}
            onChange={(startFrom) => set({ startFrom })}
          />
          <InputField
            id="filter-start-to"
            kind="date"
            isFilter
            label={t('offers.catalogue.startTo')}
            value={filter.startTo}
            onChange={(startTo) => set({ startTo })}
          />
          <InputField
            id="filter-max-cost"
            kind="number"
            isFilter
            label={t('offers.catalogue.maxCost')}
            description={t('offers.catalogue.maxCostHint')}
            value={filter.maxCost}
            onChange={(maxCost) => set({ maxCost })}
          />
          <InputField
            id="filter-q"
            kind="search"
            isFilter
            label={t('offers.catalogue.words')}
            value={filter.q}
            onChange={(q) => set({ q })}
          />
        </div>
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          {t('offers.catalogue.search')}
        </Button>
        <Button
          appearance="subtle-button"
          onClick={() => {
            setFilter(emptyCatalogueFilter);
            setSkillText('');
            onApply(emptyCatalogueFilter);
          }}
        >
          {t('offers.catalogue.clear')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
