// The fm-* rules, in catalogue order.
import type { GuidanceRule } from './rule.js';
import { fmMissing } from './fm-missing.js';
import { fmYamlSyntax } from './fm-yaml-syntax.js';
import { fmFoldedListItem } from './fm-folded-list-item.js';
import { fmRequired } from './fm-required.js';
import { fmType } from './fm-type.js';
import { fmDateFormat } from './fm-date-format.js';
import { fmDateStale } from './fm-date-stale.js';
import { fmTopicValue } from './fm-topic-value.js';
import { fmDeprecatedKey } from './fm-deprecated-key.js';
import { fmUnknownKey } from './fm-unknown-key.js';
import { fmTitleLength } from './fm-title-length.js';
import { fmTitleSuffix } from './fm-title-suffix.js';
import { fmDescriptionLength } from './fm-description-length.js';
import { fmAlias } from './fm-alias.js';
import { fmEmptyValue } from './fm-empty-value.js';
import { fmCustomerIntent } from './fm-customer-intent.js';

export const FRONT_MATTER_RULES: GuidanceRule<never>[] = [
  fmMissing,
  fmYamlSyntax,
  fmFoldedListItem,
  fmRequired,
  fmType,
  fmDateFormat,
  fmDateStale,
  fmTopicValue,
  fmDeprecatedKey,
  fmUnknownKey,
  fmTitleLength,
  fmTitleSuffix,
  fmDescriptionLength,
  fmAlias,
  fmEmptyValue,
  fmCustomerIntent,
];
