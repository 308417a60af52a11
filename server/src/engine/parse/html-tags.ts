// Start tags in raw HTML, read in one forward pass the way a browser tokenizes them (an attribute
// value may hold `>`; an unclosed quote runs to the end). Regular expressions that look for an
// attribute after `<a` rescan the rest of the block from every unclosed tag: quadratic.

export interface HtmlAttribute {
  /** Lower case. */
  name: string;
  /** Undefined for a bare attribute (`<input disabled>`). */
  value: string | undefined;
  quoted: boolean;
  /** Offsets in the HTML: the attribute from its name to the end of its value (closing quote included). */
  start: number;
  end: number;
  valueStart: number;
}

export interface HtmlStartTag {
  /** Lower case. */
  name: string;
  start: number;
  /** Just past the `>`, or where reading stopped for a tag never closed. */
  end: number;
  closed: boolean;
  attributes: HtmlAttribute[];
}

const TAG_NAME = /[A-Za-z][A-Za-z0-9-]*/y;

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';
}

export function htmlStartTags(html: string): HtmlStartTag[] {
  const tags: HtmlStartTag[] = [];
  let index = html.indexOf('<');
  while (index !== -1) {
    TAG_NAME.lastIndex = index + 1;
    const name = TAG_NAME.exec(html)?.[0];
    if (!name) {
      index = html.indexOf('<', index + 1);
      continue;
    }
    const tag: HtmlStartTag = { name: name.toLowerCase(), start: index, end: html.length, closed: false, attributes: [] };
    tags.push(tag);
    let position = index + 1 + name.length;
    for (;;) {
      while (isSpace(html[position])) position++;
      const char = html[position];
      if (char === undefined || char === '<') break;
      if (char === '>') {
        tag.closed = true;
        position++;
        break;
      }
      const nameStart = position;
      while (position < html.length && !isSpace(html[position]) && !'/>=<'.includes(html[position]!)) position++;
      if (position === nameStart) {
        position++;
        continue;
      }
      const attribute: HtmlAttribute = {
        name: html.slice(nameStart, position).toLowerCase(),
        value: undefined,
        quoted: false,
        start: nameStart,
        end: position,
        valueStart: position,
      };
      let afterName = position;
      while (isSpace(html[afterName])) afterName++;
      if (html[afterName] === '=') {
        position = afterName + 1;
        while (isSpace(html[position])) position++;
        const quote = html[position];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, position + 1);
          // An unclosed quote holds the rest of the HTML: no tag starts after it.
          if (close === -1) {
            tag.end = html.length;
            return tags;
          }
          Object.assign(attribute, { value: html.slice(position + 1, close), quoted: true, valueStart: position + 1, end: close + 1 });
          position = close + 1;
        } else {
          const valueStart = position;
          while (position < html.length && !isSpace(html[position]) && html[position] !== '>') position++;
          Object.assign(attribute, { value: html.slice(valueStart, position), valueStart, end: position });
        }
      }
      tag.attributes.push(attribute);
    }
    tag.end = position;
    index = html.indexOf('<', position);
  }
  return tags;
}
