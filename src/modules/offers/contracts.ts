/**
 * The regional offer catalogue, as requests and responses shared with web/: trainings and
 * services of providers (offer-contracts.ts), job-shadowing slots and matching events
 * (activity-contracts.ts), and the searchable catalogue (catalogue-contracts.ts).
 */
export * from './offer-contracts.ts';
export * from './activity-contracts.ts';
export * from './catalogue-contracts.ts';
