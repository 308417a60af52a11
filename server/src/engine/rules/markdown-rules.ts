// The md-* rules, in catalogue order.
import type { GuidanceRule } from './rule.js';
import { mdH1 } from './md-h1.js';
import { mdHeadingIncrement } from './md-heading-increment.js';
import { mdHeadingEmpty } from './md-heading-empty.js';
import { mdHeadingNoContent } from './md-heading-no-content.js';
import { mdHeadingSetext } from './md-heading-setext.js';
import { mdHeadingDuplicate } from './md-heading-duplicate.js';
import { mdTableHeader } from './md-table-header.js';
import { mdHtmlDisallowed } from './md-html-disallowed.js';
import { mdAlertType } from './md-alert-type.js';
import { mdAlertCase } from './md-alert-case.js';
import { mdAlertSyntax } from './md-alert-syntax.js';
import { mdIncludeSyntax } from './md-include-syntax.js';
import { mdTripleColon } from './md-triple-colon.js';
import { mdImageAttrs } from './md-image-attrs.js';
import { mdListMarker } from './md-list-marker.js';
import { mdFenceLanguage } from './md-fence-language.js';
import { mdUnclosedComment } from './md-unclosed-comment.js';
import { monikerEmpty } from './moniker-empty.js';
import { monikerRangeSyntax } from './moniker-range-syntax.js';
import { monikerUnknown } from './moniker-unknown.js';
import { zoneMissingAttribute } from './zone-missing-attribute.js';
import { zonePivotGroupNotFound } from './zone-pivot-group-not-found.js';
import { zonePivotUnknown } from './zone-pivot-unknown.js';
import { zonePivotUnused } from './zone-pivot-unused.js';

export const MARKDOWN_RULES: GuidanceRule<never>[] = [
  mdH1,
  mdHeadingIncrement,
  mdHeadingEmpty,
  mdHeadingNoContent,
  mdHeadingSetext,
  mdHeadingDuplicate,
  mdAlertType,
  mdAlertCase,
  mdAlertSyntax,
  mdIncludeSyntax,
  mdTripleColon,
  mdImageAttrs,
  mdListMarker,
  mdFenceLanguage,
  mdUnclosedComment,
  monikerRangeSyntax,
  monikerUnknown,
  monikerEmpty,
  zoneMissingAttribute,
  zonePivotGroupNotFound,
  zonePivotUnknown,
  zonePivotUnused,
  mdTableHeader,
  mdHtmlDisallowed,
];
