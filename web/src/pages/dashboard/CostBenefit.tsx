import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../src/modules/dashboard/contracts.ts';
import { InputField } from '../../components/InputField.tsx';
import { formatCell } from './figure-format.ts';

const num = (s: string): number => {
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : 0;
};

/**
 * A simple social cost-benefit view (maatschappelijke kosten-baten): per placement the benefit
 * avoided and the taxes gained over a number of months, against the programme's cost. The
 * assumptions are editable and stay next to the result; nothing is stored.
 */
export function CostBenefit({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const headline = dashboard.tables.find((x) => x.id === 'headline');
  const cell = (key: string) => headline?.rows.find((r) => r.key === key)?.cells.current;
  const placed = cell('placed');
  const combined = cell('in_work_and_training');
  const known = typeof placed === 'number' && typeof combined === 'number';
  const cost = dashboard.tables.find((x) => x.id === 'cost')?.rows.find((r) => r.key === 'total')
    ?.cells.amount;
  const [benefit, setBenefit] = useState('1400');
  const [tax, setTax] = useState('450');
  const [months, setMonths] = useState('12');
  const [placements, setPlacements] = useState(known ? String(placed + combined) : '');
  const [programmeCost, setProgrammeCost] = useState(
    typeof cost === 'number' ? String(Math.round(cost / 100)) : '0',
  );
  const benefits = num(placements) * (num(benefit) + num(tax)) * num(months);
  const balance = benefits - num(programmeCost);
  const ratio = num(programmeCost) > 0 ? benefits / num(programmeCost) : null;
  return (
    <section aria-labelledby="dash-cba" className="ov-dashboard-cba">
      <Heading level={2} id="dash-cba">
        {t('dashboard.sections.costBenefit')}
      </Heading>
      <Paragraph>{t('dashboard.cba.intro')}</Paragraph>
      {!known && <Paragraph>{t('dashboard.cba.hidden')}</Paragraph>}
      <div className="ov-dashboard-cba__grid">
        <div>
          <Heading level={3}>{t('dashboard.cba.assumptions')}</Heading>
          <InputField
            id="cba-benefit"
            kind="number"
            label={t('dashboard.cba.benefitPerMonth')}
            value={benefit}
            onChange={setBenefit}
            short
          />
          <InputField
            id="cba-tax"
            kind="number"
            label={t('dashboard.cba.taxPerMonth')}
            value={tax}
            onChange={setTax}
            short
          />
          <InputField
            id="cba-months"
            kind="number"
            label={t('dashboard.cba.months')}
            value={months}
            onChange={setMonths}
            short
          />
          <InputField
            id="cba-placements"
            kind="number"
            label={t('dashboard.cba.placements')}
            value={placements}
            onChange={setPlacements}
            short
          />
          <InputField
            id="cba-cost"
            kind="number"
            label={t('dashboard.cba.cost')}
            value={programmeCost}
            onChange={setProgrammeCost}
            short
          />
        </div>
        <div aria-live="polite">
          <Heading level={3}>{t('dashboard.cba.outcome')}</Heading>
          <dl className="ov-dashboard-cba__result">
            <dt>{t('dashboard.cba.benefits')}</dt>
            <dd>{formatCell(benefits, 'euros')}</dd>
            <dt>{t('dashboard.cba.cost')}</dt>
            <dd>{formatCell(num(programmeCost), 'euros')}</dd>
            <dt>{t('dashboard.cba.result')}</dt>
            <dd>{formatCell(balance, 'euros')}</dd>
            <dt>{t('dashboard.cba.ratio')}</dt>
            <dd>{ratio === null ? '–' : formatCell(Math.round(ratio * 10) / 10, 'number')}</dd>
          </dl>
        </div>
      </div>
    </section>
  );
}
