import { cateringHotelOccupations } from './occupations-catering-hotel.ts';
import { careOccupations } from './occupations-care.ts';
import { cleaningOccupations } from './occupations-cleaning.ts';
import { educationOccupations } from './occupations-education.ts';
import { healthOccupations } from './occupations-health.ts';
import { hospitalityOccupations } from './occupations-hospitality.ts';
import { ictOccupations } from './occupations-ict.ts';
import { installationOccupations } from './occupations-installation.ts';
import { logisticsOccupations } from './occupations-logistics.ts';
import { manufacturingOccupations } from './occupations-manufacturing.ts';
import { officeOccupations } from './occupations-office.ts';
import { retailOccupations } from './occupations-retail.ts';
import { safetyOccupations } from './occupations-safety.ts';
import { technologyOccupations } from './occupations-technology.ts';
import { transportOccupations } from './occupations-transport.ts';
import { welfareOccupations } from './occupations-welfare.ts';
import { starterSectors } from './sectors.ts';
import { starterSkillGroups } from './skill-groups.ts';
import { careSkills } from './skills-care.ts';
import { cateringFacilitySkills } from './skills-catering-facility.ts';
import { cleaningSkills } from './skills-cleaning.ts';
import { educationSkills } from './skills-education.ts';
import { electricalInstallationSkills } from './skills-electrical-installation.ts';
import { hospitalitySkills } from './skills-hospitality.ts';
import { hygieneSafetySkills } from './skills-hygiene-safety.ts';
import { ictSkills } from './skills-ict.ts';
import { languageDigitalSkills } from './skills-language-digital.ts';
import { logisticsSkills } from './skills-logistics.ts';
import { manufacturingSkills } from './skills-manufacturing.ts';
import { officeSkills } from './skills-office.ts';
import { retailSkills } from './skills-retail.ts';
import { securitySkills } from './skills-security.ts';
import { technologySkills } from './skills-technology.ts';
import { transversalSkills } from './skills-transversal.ts';
import { transversalPracticalSkills } from './skills-transversal-practical.ts';
import { welfareSkills } from './skills-welfare.ts';
import { STARTER_SCHEME, type StarterTaxonomy } from './types.ts';

export * from './types.ts';

/**
 * The project-written starter taxonomy, loaded on an empty database so Overstap is useful without
 * the ESCO download. Pure data: the loader in the taxonomy module writes it to the database.
 * Bump `version` whenever codes, labels or relations change, so a loader can tell an upgrade.
 */
export const starterTaxonomy: StarterTaxonomy = {
  scheme: STARTER_SCHEME,
  version: '2025.1',
  sectors: starterSectors,
  skillGroups: starterSkillGroups,
  skills: [
    ...transversalSkills,
    ...transversalPracticalSkills,
    ...hygieneSafetySkills,
    ...languageDigitalSkills,
    ...hospitalitySkills,
    ...cateringFacilitySkills,
    ...careSkills,
    ...welfareSkills,
    ...technologySkills,
    ...electricalInstallationSkills,
    ...manufacturingSkills,
    ...logisticsSkills,
    ...ictSkills,
    ...educationSkills,
    ...retailSkills,
    ...officeSkills,
    ...securitySkills,
    ...cleaningSkills,
  ],
  occupations: [
    ...cateringHotelOccupations,
    ...hospitalityOccupations,
    ...careOccupations,
    ...healthOccupations,
    ...welfareOccupations,
    ...logisticsOccupations,
    ...transportOccupations,
    ...technologyOccupations,
    ...installationOccupations,
    ...manufacturingOccupations,
    ...ictOccupations,
    ...educationOccupations,
    ...retailOccupations,
    ...officeOccupations,
    ...safetyOccupations,
    ...cleaningOccupations,
  ],
};
