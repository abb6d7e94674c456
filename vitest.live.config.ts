import { defineConfig } from 'vitest/config';

// `npm run test:gmail-live`: the opt-in smoke test against real Gmail (tests/live/).
export default defineConfig({
  test: { include: ['tests/live/**/*.live.ts'], environment: 'node', fileParallelism: false },
});
