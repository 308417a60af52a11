// Rewrites docs/rules/README.md from the rules' metadata (`npm run docs:rules`).
import { writeFileSync } from 'node:fs';
import { renderRuleIndex } from './rule-index.js';

writeFileSync(new URL('../docs/rules/README.md', import.meta.url), renderRuleIndex());
