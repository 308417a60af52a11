// fm-topic-value: ms.topic is one of the allowed article kinds; retired kinds such as
// `conceptual` name their replacement.
import { closestId } from '../closest-match.js';
import { replaceValueEdit } from '../frontmatter/edits.js';
import { isEmptyValue, textEntry } from '../frontmatter/settings.js';
import type { Fix } from '../types.js';
import { defineFrontMatterRule } from './front-matter-rule.js';

/** The general-purpose kind, offered as an alternative to a specific replacement. */
const GENERAL_TOPIC = 'article';

export const fmTopicValue = defineFrontMatterRule(
  {
    id: 'fm-topic-value',
    docs: { description: 'ms.topic is an allowed value; conceptual is deprecated', category: 'front-matter' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, facts, report }) => {
    const entry = textEntry(facts, 'ms.topic');
    if (!entry || isEmptyValue(entry.value)) return;
    const topic = entry.value.trim();
    const { topics, deprecatedTopics } = facts.settings;
    if (topics.includes(topic)) return;
    const replace = (value: string, safe: boolean): Fix => ({
      title: `Change to ${value}`,
      edits: [replaceValueEdit(document.text, entry, value)],
      safe,
    });
    const retired = Object.keys(deprecatedTopics).find((value) => value.toLowerCase() === topic.toLowerCase());
    if (retired) {
      const replacement = deprecatedTopics[retired]!;
      const alternatives = replacement !== GENERAL_TOPIC && topics.includes(GENERAL_TOPIC) ? [replace(GENERAL_TOPIC, false)] : [];
      report({
        message: `ms.topic "${topic}" is deprecated: use ${replacement}${alternatives.length ? ` (or ${GENERAL_TOPIC})` : ''}.`,
        at: entry.valueRange,
        // The documented successor of a retired value.
        fix: replace(replacement, true),
        suggestions: alternatives,
      });
      return;
    }
    if (topics.length === 0) return;
    const closest = closestId(topic, topics);
    report({
      message: `ms.topic "${topic}" is not an allowed value${closest ? `: did you mean ${closest}?` : '.'}`,
      at: entry.valueRange,
      ...(closest ? { fix: replace(closest, false) } : {}),
    });
  },
);
