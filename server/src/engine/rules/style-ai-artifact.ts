// style-ai-artifact: text an AI assistant wrote to the person chatting with it, pasted into the
// article with the answer ("Certainly! Here's an elaboration…", "I hope this helps!"). Each
// pattern needs the assistant's first-person or chat phrasing, so ordinary prose ("Of course, you
// can…", "large language models") does not match.
import type { DocumentModel } from '../parse/document.js';
import { proseContaining } from '../parse/prose.js';
import type { TextEdit } from '../types.js';
import { defineRule } from './rule.js';

const APOSTROPHE = "['’]";
const CHAT_PHRASES = [
  // An eager reply opener followed by the hand-over of the answer.
  `\\b(?:Certainly|Sure|Absolutely|Of course|Great question|Good question)[!.,]\\s+(?:here${APOSTROPHE}s|here (?:is|are)|below (?:is|are)|I${APOSTROPHE}d be (?:happy|glad)|I would be (?:happy|glad)|let me|I can)\\b`,
  `\\bAs an AI(?: language model| assistant| model|,)`,
  `\\bI hope (?:this|that|these|you find this) (?:helps|help|was helpful|is helpful|information helps|useful|helpful)\\b`,
  `\\bHope (?:this|that) helps\\b`,
  `\\bI${APOSTROPHE}?(?:d| would) be (?:happy|glad) to help\\b`,
  `\\bLet me know if (?:you|there${APOSTROPHE}s|there is)\\b`,
  `\\bFeel free to ask\\b`,
  `\\bI apologi[sz]e for (?:the|any) confusion\\b`,
  `\\bAs of my (?:last|latest) (?:knowledge )?(?:update|training)\\b`,
  `\\bmy knowledge cutoff\\b`,
  `\\bHere${APOSTROPHE}?s (?:a|an|the) (?:revised|rewritten|updated|improved|polished|refined) version\\b`,
];
const CHAT_TEXT = new RegExp(CHAT_PHRASES.join('|'), 'gi');
/** Where a sentence ends: terminal punctuation followed by a space or the end of the text. */
const SENTENCE_END = /[.!?:](?=\s|$)/g;

export const styleAiArtifact = defineRule(
  {
    id: 'style-ai-artifact',
    docs: { description: 'Leftover AI assistant chat text ("Certainly! Here\'s…", "I hope this helps")', category: 'style' },
    defaultSeverity: 'warning',
    fixable: true,
    outsideBuild: true,
  },
  ({ document, report }) => {
    /** End of the last reported sentence: a second phrase in it is the same leftover. */
    let reportedUntil = 0;
    for (const match of document.text.matchAll(CHAT_TEXT)) {
      const start = match.index;
      if (start < reportedUntil) continue;
      const prose = proseContaining(document, start, start + match[0].length);
      if (!prose) continue;
      const end = prose.start + sentenceEnd(prose.source, start - prose.start + match[0].length);
      reportedUntil = end;
      report({
        message: `"${match[0]}" reads as leftover AI chat text, not article text: delete it.`,
        at: [start, end],
        fix: { title: 'Delete the chat text', edits: [deletion(document, start, end)], safe: false },
      });
    }
  },
);

function sentenceEnd(source: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  const found = SENTENCE_END.exec(source);
  return found ? found.index + 1 : source.length;
}

/** Deletes the sentence; when it is the whole line, the line and one blank line next to it. */
function deletion(document: DocumentModel, start: number, end: number): TextEdit {
  const { lines, text } = document;
  const line = lines.point(start).line;
  const lineStart = lines.lineStart(line);
  const lineEnd = lines.lineEnd(line);
  const wholeLine = text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '' && lines.point(end).line === line;
  if (!wholeLine) {
    let stop = end;
    while (stop < lineEnd && (text[stop] === ' ' || text[stop] === '\t')) stop++;
    return { start, end: stop, newText: '' };
  }
  const nextLineStart = line < lines.lineCount ? lines.lineStart(line + 1) : lineEnd;
  const followedByBlank = line + 1 <= lines.lineCount && lines.lineText(line + 1).trim() === '' && line + 1 < lines.lineCount;
  const precededByBlank = line > 1 && lines.lineText(line - 1).trim() === '';
  return { start: lineStart, end: followedByBlank && precededByBlank ? lines.lineStart(line + 2) : nextLineStart, newText: '' };
}
