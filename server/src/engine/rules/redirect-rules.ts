// The redirect-* rules: they check redirection files (`*.openpublishing.redirection*.json`), and only those.
import { redirectChain } from './redirect-chain.js';
import { redirectDocumentIdConflict } from './redirect-document-id-conflict.js';
import { redirectDuplicateSource } from './redirect-duplicate-source.js';
import { redirectLoop } from './redirect-loop.js';
import { redirectSourceExists } from './redirect-source-exists.js';
import { redirectTargetNotFound } from './redirect-target-not-found.js';
import type { GuidanceRule } from './rule.js';

export const REDIRECT_RULES: GuidanceRule<never>[] = [
  redirectSourceExists,
  redirectTargetNotFound,
  redirectDuplicateSource,
  redirectLoop,
  redirectChain,
  redirectDocumentIdConflict,
] as GuidanceRule<never>[];
