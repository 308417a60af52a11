// Every editor feature the server offers, by area. Adding one: a module in this folder and an entry here.
import { authoringFeature } from './authoring.js';
import type { LanguageFeature } from './feature.js';
import { frontMatterFeature } from './front-matter.js';
import { linksFeature } from './links.js';
import { xrefsFeature } from './xrefs.js';

export const LANGUAGE_FEATURES: LanguageFeature[] = [authoringFeature, frontMatterFeature, linksFeature, xrefsFeature];
