#!/usr/bin/env node
// `npx overstap …`: runs the TypeScript CLI through tsx (no separate compile step to forget).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
