// The link-*, img-* and include-* rules, in catalogue order.
import { imgAltFilename } from './img-alt-filename.js';
import { imgAltLength } from './img-alt-length.js';
import { imgAltMissing } from './img-alt-missing.js';
import { imgAltRepeated } from './img-alt-repeated.js';
import { imgFileNotFound } from './img-file-not-found.js';
import { includeCycle } from './include-cycle.js';
import { includeLocation } from './include-location.js';
import { includeNested } from './include-nested.js';
import { includeNotFound } from './include-not-found.js';
import { includeUnused } from './include-unused.js';
import { linkAbsoluteLearn } from './link-absolute-learn.js';
import { linkAnchorNotFound } from './link-anchor-not-found.js';
import { linkBackslash } from './link-backslash.js';
import { linkCaseMismatch } from './link-case-mismatch.js';
import { linkEmpty } from './link-empty.js';
import { linkFileNotFound } from './link-file-not-found.js';
import { linkInsecure } from './link-insecure.js';
import { linkLocalPath } from './link-local-path.js';
import { linkMalformed } from './link-malformed.js';
import { linkLocale } from './link-locale.js';
import { linkMdExtension } from './link-md-extension.js';
import { linkOutsideDocset } from './link-outside-docset.js';
import { linkOutsideWorkspace } from './link-outside-workspace.js';
import { linkRedirected } from './link-redirected.js';
import { linkReferenceUndefined } from './link-reference-undefined.js';
import { linkSiteRelative } from './link-site-relative.js';
import type { GuidanceRule } from './rule.js';
import { uidDuplicate } from './uid-duplicate.js';
import { xrefNotFound } from './xref-not-found.js';

export const LINK_RULES: GuidanceRule<never>[] = [
  linkFileNotFound,
  linkRedirected,
  linkCaseMismatch,
  linkAnchorNotFound,
  linkMdExtension,
  linkOutsideDocset,
  linkOutsideWorkspace,
  linkSiteRelative,
  linkBackslash,
  linkMalformed,
  linkAbsoluteLearn,
  linkLocale,
  linkInsecure,
  linkLocalPath,
  linkEmpty,
  linkReferenceUndefined,
  imgFileNotFound,
  imgAltMissing,
  imgAltFilename,
  imgAltRepeated,
  imgAltLength,
  includeNotFound,
  includeCycle,
  includeNested,
  includeLocation,
  includeUnused,
  xrefNotFound,
  uidDuplicate,
] as GuidanceRule<never>[];
