// Every editor feature the server offers, by area. Adding one: a module in this folder and an entry here.
import { authoringFeature } from './authoring.js';
import type { LanguageFeature } from './feature.js';
import { frontMatterFeature } from './front-matter.js';
import { headingsFeature } from './headings.js';
import { includeSnippetFeature } from './include-snippet.js';
import { linksFeature } from './links.js';
import { tocsFeature } from './tocs.js';
import { xrefsFeature } from './xrefs.js';

export const LANGUAGE_FEATURES: LanguageFeature[] = [
  authoringFeature,
  frontMatterFeature,
  linksFeature,
  includeSnippetFeature,
  headingsFeature,
  tocsFeature,
  xrefsFeature,
];
