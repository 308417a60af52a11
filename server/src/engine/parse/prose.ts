// The prose of a document: the text a reader sees, as source ranges. Code, HTML (comments
// included), front matter, link destinations and image sources are not prose. Style rules read
// this instead of walking the tree each.
import type { Nodes } from 'mdast';
import type { DocumentModel } from './document.js';

export interface ProseText {
  /** Offsets of the text node in the document text. */
  start: number;
  end: number;
  /** The source of the text node (escapes and, on continuation lines, `>` markers included). */
  source: string;
}

const LINE_MARKUP = /^[\s#>*+|-]*(?:\d+[.)][ \t]*)?$/;

const proseByDocument = new WeakMap<DocumentModel, ProseText[]>();

export function proseTexts(document: DocumentModel): ProseText[] {
  let texts = proseByDocument.get(document);
  if (!texts) {
    texts = [];
    collect(document, document.tree, texts);
    proseByDocument.set(document, texts);
  }
  return texts;
}

function collect(document: DocumentModel, node: Nodes, into: ProseText[]): void {
  if (node.type === 'text') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined && end > start) into.push({ start, end, source: document.text.slice(start, end) });
    return;
  }
  if ('children' in node) for (const child of node.children) collect(document, child as Nodes, into);
}

/**
 * Whether offset starts a sentence: only markup (heading, quote or list markers, table pipes) or
 * sentence-ending punctuation stands between it and the start of its block.
 */
export function isSentenceStart(text: string, offset: number): boolean {
  let index = offset - 1;
  while (index >= 0 && (text[index] === ' ' || text[index] === '\t')) index--;
  if (index < 0 || text[index] === '\n') return true;
  const previous = text[index]!;
  if ('.!?:'.includes(previous)) return index < offset - 1;
  // Block markup before the first word of a line: `# `, `> `, `- `, `1. `, `| `.
  const lineStart = text.lastIndexOf('\n', index) + 1;
  return index < offset - 1 && LINE_MARKUP.test(text.slice(lineStart, offset));
}

/** The prose text that holds all of [start, end), if any: rules match the whole text once, then keep matches in prose. */
export function proseContaining(document: DocumentModel, start: number, end: number): ProseText | undefined {
  const texts = proseTexts(document);
  let low = 0;
  let high = texts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const text = texts[middle]!;
    if (start < text.start) high = middle - 1;
    else if (start >= text.end) low = middle + 1;
    else return end <= text.end ? text : undefined;
  }
  return undefined;
}
