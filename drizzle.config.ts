import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes a new forward-only SQL migration from the module schemas.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
});
