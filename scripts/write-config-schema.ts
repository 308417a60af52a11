// Rewrites the per-rule part of schemas/guidancelint.schema.json from the rules' metadata (`npm run docs:rules`).
import { readFileSync, writeFileSync } from 'node:fs';
import { CONFIG_SCHEMA_FILE, renderConfigSchema } from './config-schema.js';

writeFileSync(CONFIG_SCHEMA_FILE, renderConfigSchema(readFileSync(CONFIG_SCHEMA_FILE, 'utf8')));
