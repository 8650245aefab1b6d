import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webDir = path.dirname(fileURLToPath(import.meta.url));

/** The UI is built into web/dist, which the server serves (with SPA fallback) in production. */
export default defineConfig({
  root: webDir,
  plugins: [react()],
  build: {
    outDir: path.join(webDir, 'dist'),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: a separate chunk stays cached.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
              priority: 2,
            },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // In development the backend runs on 3000 (`npm run dev`); the browser sees one origin,
    // so the session and CSRF cookies work exactly as in production.
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
