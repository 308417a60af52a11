// md-alert-type: `> [!X]` names an alert type Learn renders; anything else shows up as literal text.
import { closestMatch } from '../closest-match.js';
import { ALERT_TYPES } from '../parse/learn-extensions.js';
import { defineRule } from './rule.js';

/** Types from other Markdown dialects and their Learn equivalents. */
const SYNONYMS: Readonly<Record<string, string>> = {
  INFO: 'NOTE',
  INFORMATION: 'NOTE',
  HINT: 'TIP',
  ATTENTION: 'IMPORTANT',
  DANGER: 'CAUTION',
  ERROR: 'CAUTION',
  WARN: 'WARNING',
};

export const mdAlertType = defineRule(
  {
    id: 'md-alert-type',
    docs: { description: `An alert \`> [!X]\` uses one of ${ALERT_TYPES.join(', ')}`, category: 'markdown' },
    defaultSeverity: 'error',
    fixable: true,
  },
  ({ document, report }) => {
    for (const alert of document.alerts) {
      const type = alert.type.toUpperCase();
      if (ALERT_TYPES.includes(type)) continue;
      const replacement = closestAlertType(type);
      report({
        message: `"[!${alert.type}]" is not an alert type Learn knows (${ALERT_TYPES.join(', ')})${replacement ? `: did you mean [!${replacement}]?` : '.'}`,
        at: alert.typeRange,
        ...(replacement
          ? {
              fix: {
                title: `Change to [!${replacement}]`,
                edits: [{ start: alert.typeRange.start.offset, end: alert.typeRange.end.offset, newText: replacement }],
                safe: false,
              },
            }
          : {}),
      });
    }
  },
);

function closestAlertType(type: string): string | undefined {
  if (SYNONYMS[type]) return SYNONYMS[type];
  const singular = type.replace(/S$/, '');
  if (ALERT_TYPES.includes(singular)) return singular;
  return closestMatch(type, ALERT_TYPES, { maxDistance: 2 });
}
