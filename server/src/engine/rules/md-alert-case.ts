// md-alert-case: alert types are written in upper case (`> [!TIP]`, not `> [!tip]`).
import { ALERT_TYPES } from '../parse/learn-extensions.js';
import { defineRule } from './rule.js';

export const mdAlertCase = defineRule(
  {
    id: 'md-alert-case',
    docs: { description: 'An alert type is written in upper case', category: 'markdown' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, report }) => {
    for (const alert of document.alerts) {
      const upper = alert.type.toUpperCase();
      // Unknown types are md-alert-type's finding; only the case of a known one is checked here.
      if (alert.type === upper || !ALERT_TYPES.includes(upper)) continue;
      report({
        message: `Write the alert type in upper case: [!${upper}].`,
        at: alert.typeRange,
        fix: {
          title: `Change to [!${upper}]`,
          edits: [{ start: alert.typeRange.start.offset, end: alert.typeRange.end.offset, newText: upper }],
          safe: true,
        },
      });
    }
  },
);
