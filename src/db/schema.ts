// Every module's tables, gathered for Drizzle (queries and migration generation).
export * from '../modules/organisations/schema.ts';
export * from '../modules/auth/schema.ts';
export * from '../modules/events/schema.ts';
export * from '../modules/taxonomy/schema.ts';
export * from '../modules/people/schema.ts';
export * from '../modules/vacancies/schema.ts';
export * from '../modules/offers/schema.ts';
export * from '../modules/trajectories/schema.ts';
export * from '../modules/trajectories/plan-schema.ts';
export * from '../modules/trajectories/activity-schema.ts';
export * from '../modules/trajectories/placement-schema.ts';
export * from '../modules/consent/schema.ts';
export * from '../modules/dashboard/schema.ts';
