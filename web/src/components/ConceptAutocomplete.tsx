import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Textbox } from '@utrecht/component-library-react';
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConceptHit } from '../../../src/modules/taxonomy/contracts.ts';
import { MIN_QUERY_LENGTH, searchConcepts, type ConceptSource } from '../api/taxonomy-queries.ts';
import { currentLocale } from '../i18n/index.ts';
import './autocomplete.css';
import { FormField } from './FormField.tsx';
import { useDebouncedValue } from './useDebouncedValue.ts';

export interface ConceptAutocompleteProps {
  id: string;
  label: string;
  source: ConceptSource;
  /** The text in the box, owned by the caller. */
  value: string;
  onValueChange: (text: string) => void;
  onSelect: (hit: ConceptHit) => void;
  /**
   * What the box shows after a choice: the chosen label (a skill), nothing (to choose the next
   * one, e.g. occupations of interest), or what the person typed (their own job title, kept
   * beside the occupation chosen for it).
   */
  afterSelect?: 'label' | 'clear' | 'keep';
  description?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
}

const DEBOUNCE_MS = 250;

/**
 * An ARIA 1.2 combobox over the taxonomy: a text box (role combobox) that controls a listbox of
 * proposals. Arrow keys move through the proposals (aria-activedescendant; focus stays in the
 * box), Enter chooses, Escape closes the list (and a second Escape empties the box). A proposal
 * found through a synonym says so. A polite live region tells how many proposals there are, or
 * that there are none.
 */
export function ConceptAutocomplete(props: ConceptAutocompleteProps) {
  const { id, label, source, value, onValueChange, onSelect, afterSelect = 'label' } = props;
  const { t } = useTranslation();
  const lang = currentLocale();
  const [open, setOpen] = useState(false);
  const [activeId, setActiveId] = useState<number | null>(null);
  const text = value.trim();
  const searched = useDebouncedValue(text, DEBOUNCE_MS);
  const searchable = open && searched.length >= MIN_QUERY_LENGTH;
  const query = useQuery({
    queryKey: ['taxonomy-search', source, lang, searched],
    queryFn: () => searchConcepts(source, searched, lang),
    enabled: searchable,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
  const hits = searchable && text.length >= MIN_QUERY_LENGTH ? (query.data ?? []) : [];
  const settled = searchable && searched === text && query.isSuccess && !query.isPlaceholderData;
  const expanded = hits.length > 0;
  const noResults = settled && hits.length === 0;
  const activeIndex = hits.findIndex((h) => h.id === activeId);
  const listId = `${id}-listbox`;
  const optionId = (hit: ConceptHit) => `${id}-option-${hit.id}`;
  const active = hits[activeIndex];

  useEffect(() => {
    if (activeId !== null) {
      document.getElementById(`${id}-option-${activeId}`)?.scrollIntoView?.({ block: 'nearest' });
    }
  }, [activeId, id]);

  const close = () => {
    setOpen(false);
    setActiveId(null);
  };

  const choose = (hit: ConceptHit) => {
    onSelect(hit);
    if (afterSelect === 'label') onValueChange(hit.label);
    if (afterSelect === 'clear') onValueChange('');
    close();
  };

  const move = (step: 1 | -1) => {
    if (hits.length === 0) return;
    const next =
      activeIndex < 0
        ? step === 1
          ? 0
          : hits.length - 1
        : (activeIndex + step + hits.length) % hits.length;
    setActiveId(hits[next]?.id ?? null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) setOpen(true);
        move(-1);
        break;
      case 'Enter':
        if (expanded && active) {
          event.preventDefault();
          choose(active);
        }
        break;
      case 'Escape':
        if (expanded || open) {
          event.preventDefault();
          close();
        } else if (value) {
          event.preventDefault();
          onValueChange('');
        }
        break;
      case 'Tab':
        close();
        break;
    }
  };

  const status = noResults
    ? t('autocomplete.noResults', { text })
    : expanded && settled
      ? t('autocomplete.results', { count: hits.length })
      : '';

  return (
    <FormField
      id={id}
      label={label}
      description={props.description}
      error={props.error}
      optional={props.optional}
    >
      {(control) => (
        <div className="ov-combobox">
          <Textbox
            {...control}
            name={id}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={active ? optionId(active) : undefined}
            autoComplete="off"
            spellCheck={false}
            required={!props.optional}
            value={value}
            onChange={(event) => {
              onValueChange(event.target.value);
              setOpen(true);
              setActiveId(null);
            }}
            onKeyDown={onKeyDown}
            onBlur={close}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={t('autocomplete.proposals', { label })}
            className="ov-combobox__listbox"
            hidden={!expanded}
          >
            {hits.map((hit) => (
              <li
                key={hit.id}
                id={optionId(hit)}
                role="option"
                aria-selected={hit.id === activeId}
                className="ov-combobox__option"
                // Keep the focus in the text box while the pointer chooses.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(hit)}
              >
                <span className="ov-combobox__label">{hit.label}</span>
                {hit.matchedLabel && (
                  <span className="ov-combobox__match">
                    {t('autocomplete.matched', { label: hit.matchedLabel })}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {noResults && (
            <p className="ov-combobox__empty" aria-hidden="true">
              {t('autocomplete.noResults', { text })}
            </p>
          )}
          <div role="status" className="ov-visually-hidden">
            {status}
          </div>
        </div>
      )}
    </FormField>
  );
}
