// The JSONC parser and the schema validator recurse once per level of nesting: a config nested
// 20,000 levels deep overflows the stack. Nesting is measured first, in one pass, so such a file is
// one configuration error.

/** No real configuration comes near this; the stack holds well past it. */
export const MAX_JSON_DEPTH = 256;

/** Offset of the bracket that opens one level more than `maxDepth`, or -1 when the nesting stays within it. */
export function tooDeepAt(text: string, maxDepth = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '"') {
      for (index++; index < text.length && text[index] !== '"'; index++) if (text[index] === '\\') index++;
    } else if (character === '/' && text[index + 1] === '/') {
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end;
    } else if (character === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 1;
    } else if (character === '{' || character === '[') {
      if (++depth > maxDepth) return index;
    } else if (character === '}' || character === ']') {
      depth--;
    }
  }
  return -1;
}
