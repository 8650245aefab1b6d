import type { StarterSector } from './types.ts';

/**
 * The sectors of the seed documents. `shortage` follows the seeds: care, technology, ICT,
 * education and transport & logistics are the sectors "staan te springen om personeel"; industry
 * shares the technical shortage (operators, welders, mechanics); safety & enforcement (BOA's,
 * beveiligers) is a tight market too. Hospitality/catering, retail and office are the sectors people
 * leave; cleaning takes people in and loses them at about the same rate.
 */
export const starterSectors: StarterSector[] = [
  { code: 'care', labelNl: 'Zorg en welzijn', labelEn: 'Care and welfare', shortage: true },
  {
    code: 'technology',
    labelNl: 'Techniek en installatie',
    labelEn: 'Technology and installation',
    shortage: true,
  },
  {
    code: 'manufacturing',
    labelNl: 'Industrie en productie',
    labelEn: 'Manufacturing',
    shortage: true,
  },
  { code: 'ict', labelNl: 'ICT', labelEn: 'ICT', shortage: true },
  { code: 'education', labelNl: 'Onderwijs', labelEn: 'Education', shortage: true },
  {
    code: 'logistics',
    labelNl: 'Transport en logistiek',
    labelEn: 'Transport and logistics',
    shortage: true,
  },
  {
    code: 'hospitality',
    labelNl: 'Horeca en contractcatering',
    labelEn: 'Hospitality and contract catering',
    shortage: false,
  },
  { code: 'retail', labelNl: 'Detailhandel', labelEn: 'Retail', shortage: false },
  {
    code: 'office',
    labelNl: 'Kantoor en administratie',
    labelEn: 'Office and administration',
    shortage: false,
  },
  {
    code: 'safety',
    labelNl: 'Veiligheid en handhaving',
    labelEn: 'Safety and enforcement',
    shortage: true,
  },
  { code: 'cleaning', labelNl: 'Schoonmaak', labelEn: 'Cleaning', shortage: false },
];
