import type { StarterSkillGroup } from './types.ts';

/**
 * Skill groups: top groups by field, subgroups of skills that genuinely belong together (the
 * matching engine gives partial credit to siblings, so a subgroup must be a family of skills
 * where holding one says something about the others, and have at most 30 children).
 */
export const starterSkillGroups: StarterSkillGroup[] = [
  // Transversal — useful in every sector; these make cross-sector moves possible.
  {
    code: 'group.transversal',
    labelNl: 'Transversale vaardigheden',
    labelEn: 'Transversal skills',
    descriptionNl: 'Vaardigheden en werkhouding die in elke sector van waarde zijn.',
  },
  {
    code: 'group.transversal.social',
    labelNl: 'Communicatie en samenwerking',
    labelEn: 'Communication and collaboration',
    broader: 'group.transversal',
  },
  {
    code: 'group.transversal.attitude',
    labelNl: 'Werkhouding',
    labelEn: 'Work attitude',
    broader: 'group.transversal',
  },
  {
    code: 'group.transversal.thinking',
    labelNl: 'Organiseren en problemen oplossen',
    labelEn: 'Organising and problem solving',
    broader: 'group.transversal',
  },
  {
    code: 'group.transversal.physical',
    labelNl: 'Fysiek werken',
    labelEn: 'Physical work',
    broader: 'group.transversal',
  },
  {
    code: 'group.transversal.leadership',
    labelNl: 'Leidinggeven en begeleiden',
    labelEn: 'Leading and coaching',
    broader: 'group.transversal',
  },

  // Hygiene and safety — shared by catering, care, cleaning, food industry, logistics.
  {
    code: 'group.hygiene',
    labelNl: 'Hygiëne en voedselveiligheid',
    labelEn: 'Hygiene and food safety',
  },
  {
    code: 'group.hygiene.general',
    labelNl: 'Hygiëne en infectiepreventie',
    labelEn: 'Hygiene and infection prevention',
    broader: 'group.hygiene',
  },
  {
    code: 'group.hygiene.food',
    labelNl: 'Voedselveiligheid',
    labelEn: 'Food safety',
    broader: 'group.hygiene',
  },
  {
    code: 'group.workplace-safety',
    labelNl: 'Veilig werken',
    labelEn: 'Workplace safety',
    descriptionNl:
      'Veiligheidsbewust werken en de certificaten die daarbij horen (VCA, BHV, EHBO).',
  },

  // Languages and digital skills.
  { code: 'group.language', labelNl: 'Talen', labelEn: 'Languages' },
  { code: 'group.digital', labelNl: 'Digitale vaardigheden', labelEn: 'Digital skills' },

  // Hospitality and contract catering.
  { code: 'group.hospitality', labelNl: 'Horeca en catering', labelEn: 'Hospitality and catering' },
  {
    code: 'group.hospitality.kitchen',
    labelNl: 'Keuken en voedselbereiding',
    labelEn: 'Kitchen and food preparation',
    broader: 'group.hospitality',
  },
  {
    code: 'group.hospitality.service',
    labelNl: 'Bediening en bar',
    labelEn: 'Service and bar',
    broader: 'group.hospitality',
  },
  {
    code: 'group.hospitality.catering',
    labelNl: 'Contractcatering',
    labelEn: 'Contract catering',
    broader: 'group.hospitality',
  },
  {
    code: 'group.hospitality.hotel',
    labelNl: 'Hotel en logies',
    labelEn: 'Hotel and accommodation',
    broader: 'group.hospitality',
  },
  {
    code: 'group.hospitality.management',
    labelNl: 'Horecabedrijfsvoering',
    labelEn: 'Hospitality management',
    broader: 'group.hospitality',
  },
  {
    code: 'group.facility',
    labelNl: 'Facilitaire dienstverlening',
    labelEn: 'Facility services',
    descriptionNl:
      'Ondersteunende diensten in gebouwen: catering, schoonmaak, receptie, post, onderhoud.',
  },

  // Care.
  { code: 'group.care', labelNl: 'Zorg', labelEn: 'Care' },
  {
    code: 'group.care.personal-care',
    labelNl: 'Persoonlijke verzorging',
    labelEn: 'Personal care',
    broader: 'group.care',
  },
  {
    code: 'group.care.medical',
    labelNl: 'Verpleegtechnisch handelen',
    labelEn: 'Nursing and medical procedures',
    broader: 'group.care',
  },
  {
    code: 'group.care.knowledge',
    labelNl: 'Kennis van zorg en gezondheid',
    labelEn: 'Knowledge of care and health',
    broader: 'group.care',
  },

  // Welfare.
  { code: 'group.welfare', labelNl: 'Welzijn en begeleiding', labelEn: 'Welfare and support' },
  {
    code: 'group.welfare.support',
    labelNl: 'Begeleiding van cliënten',
    labelEn: 'Supporting clients',
    broader: 'group.welfare',
  },
  {
    code: 'group.welfare.household',
    labelNl: 'Huishoudelijke ondersteuning',
    labelEn: 'Household support',
    broader: 'group.welfare',
  },
  {
    code: 'group.welfare.childcare',
    labelNl: 'Kinderopvang en pedagogiek',
    labelEn: 'Childcare and pedagogy',
    broader: 'group.welfare',
  },

  // Technology and installation.
  { code: 'group.technology', labelNl: 'Techniek', labelEn: 'Technology' },
  {
    code: 'group.technology.general',
    labelNl: 'Technische basisvaardigheden',
    labelEn: 'Basic technical skills',
    broader: 'group.technology',
  },
  {
    code: 'group.technology.electrical',
    labelNl: 'Elektrotechniek',
    labelEn: 'Electrical engineering',
    broader: 'group.technology',
  },
  {
    code: 'group.technology.installation',
    labelNl: 'Werktuigbouwkundige installaties',
    labelEn: 'Heating, plumbing and ventilation',
    broader: 'group.technology',
  },
  {
    code: 'group.technology.building',
    labelNl: 'Gebouwonderhoud',
    labelEn: 'Building maintenance',
    broader: 'group.technology',
  },

  // Manufacturing.
  { code: 'group.manufacturing', labelNl: 'Industrie en productie', labelEn: 'Manufacturing' },
  {
    code: 'group.manufacturing.production',
    labelNl: 'Productie en procesbediening',
    labelEn: 'Production and process operation',
    broader: 'group.manufacturing',
  },
  {
    code: 'group.manufacturing.metal',
    labelNl: 'Metaalbewerking',
    labelEn: 'Metalworking',
    broader: 'group.manufacturing',
  },
  {
    code: 'group.manufacturing.quality',
    labelNl: 'Kwaliteitszorg',
    labelEn: 'Quality control',
    broader: 'group.manufacturing',
  },

  // Transport and logistics.
  {
    code: 'group.logistics',
    labelNl: 'Transport en logistiek',
    labelEn: 'Transport and logistics',
  },
  {
    code: 'group.logistics.warehouse',
    labelNl: 'Magazijnwerk',
    labelEn: 'Warehouse work',
    broader: 'group.logistics',
  },
  {
    code: 'group.logistics.equipment',
    labelNl: 'Intern transport',
    labelEn: 'Materials handling equipment',
    broader: 'group.logistics',
  },
  {
    code: 'group.logistics.transport',
    labelNl: 'Rijden en vervoer',
    labelEn: 'Driving and transport',
    broader: 'group.logistics',
  },
  {
    code: 'group.logistics.planning',
    labelNl: 'Logistieke planning',
    labelEn: 'Logistics planning',
    broader: 'group.logistics',
  },

  // ICT.
  { code: 'group.ict', labelNl: 'ICT', labelEn: 'ICT' },
  {
    code: 'group.ict.support',
    labelNl: 'ICT-ondersteuning',
    labelEn: 'IT support',
    broader: 'group.ict',
  },
  {
    code: 'group.ict.infrastructure',
    labelNl: 'ICT-infrastructuur',
    labelEn: 'IT infrastructure',
    broader: 'group.ict',
  },
  {
    code: 'group.ict.development',
    labelNl: 'Softwareontwikkeling',
    labelEn: 'Software development',
    broader: 'group.ict',
  },
  {
    code: 'group.ict.data',
    labelNl: 'Data en applicaties',
    labelEn: 'Data and applications',
    broader: 'group.ict',
  },

  // Education.
  { code: 'group.education', labelNl: 'Onderwijs', labelEn: 'Education' },
  {
    code: 'group.education.teaching',
    labelNl: 'Lesgeven',
    labelEn: 'Teaching',
    broader: 'group.education',
  },
  {
    code: 'group.education.support',
    labelNl: 'Onderwijsondersteuning',
    labelEn: 'Supporting pupils and teachers',
    broader: 'group.education',
  },

  // Retail.
  { code: 'group.retail', labelNl: 'Detailhandel', labelEn: 'Retail' },
  {
    code: 'group.retail.store',
    labelNl: 'Winkel en kassa',
    labelEn: 'Store and till',
    broader: 'group.retail',
  },
  {
    code: 'group.retail.sales',
    labelNl: 'Verkoop en assortiment',
    labelEn: 'Sales and product range',
    broader: 'group.retail',
  },

  // Office and administration.
  {
    code: 'group.office',
    labelNl: 'Kantoor en administratie',
    labelEn: 'Office and administration',
  },
  {
    code: 'group.office.administration',
    labelNl: 'Administratie en secretariaat',
    labelEn: 'Administration and secretarial work',
    broader: 'group.office',
  },
  {
    code: 'group.office.finance',
    labelNl: 'Financiële administratie',
    labelEn: 'Financial administration',
    broader: 'group.office',
  },
  {
    code: 'group.office.hr',
    labelNl: 'Personeelszaken',
    labelEn: 'Human resources',
    broader: 'group.office',
  },
  {
    code: 'group.office.commerce',
    labelNl: 'Klantenservice en commercie',
    labelEn: 'Customer service and sales',
    broader: 'group.office',
  },

  // Safety and enforcement.
  {
    code: 'group.security',
    labelNl: 'Veiligheid en handhaving',
    labelEn: 'Security and enforcement',
  },
  {
    code: 'group.security.surveillance',
    labelNl: 'Beveiliging en toezicht',
    labelEn: 'Security and surveillance',
    broader: 'group.security',
  },
  {
    code: 'group.security.enforcement',
    labelNl: 'Handhaving',
    labelEn: 'Enforcement',
    broader: 'group.security',
  },

  // Cleaning.
  { code: 'group.cleaning', labelNl: 'Schoonmaak', labelEn: 'Cleaning' },
  {
    code: 'group.cleaning.general',
    labelNl: 'Schoonmaakwerk',
    labelEn: 'Cleaning work',
    broader: 'group.cleaning',
  },
  {
    code: 'group.cleaning.specialist',
    labelNl: 'Glasbewassing en specialistische reiniging',
    labelEn: 'Window cleaning and specialist cleaning',
    broader: 'group.cleaning',
  },
];
