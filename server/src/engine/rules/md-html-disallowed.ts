// md-html-disallowed: HTML the Learn site strips when it renders the page: `<script>`, `<style>`,
// `<link>` and other elements that could run code or restyle the site, event handler attributes
// (`onclick`) and `style` attributes. The build removes them and reports each as an info
// ("Disallowed HTML poses a security risk"), so what the writer meant silently does not happen.
// The list is the part of the build's allow-list that is certain to stay out; elements the
// allow-list merely omits are not reported.
import type { Html, Nodes, Parent } from 'mdast';
import { htmlStartTags } from '../parse/html-tags.js';
import { defineRule } from './rule.js';

const STRIPPED_ELEMENTS = new Set(['script', 'style', 'link', 'meta', 'base', 'object', 'embed', 'applet', 'frame', 'frameset']);
/** Elements whose text is not markup: tags inside them are not tags. */
const RAW_TEXT = new Set(['script', 'style']);
const EVENT_HANDLER = /^on[a-z]{3,}$/;

export const mdHtmlDisallowed = defineRule(
  {
    id: 'md-html-disallowed',
    docs: {
      description: 'No HTML the site strips: <script>, <style>, <link>…, event handlers (onclick), style attributes',
      category: 'markdown',
    },
    defaultSeverity: 'info',
    fixable: true,
  },
  ({ document, report }) => {
    for (const node of htmlNodes(document.tree)) {
      const base = node.position!.start.offset!;
      const html = withoutComments(node.value);
      let skipUntil = 0;
      for (const tag of htmlStartTags(html)) {
        if (tag.start < skipUntil) continue;
        if (STRIPPED_ELEMENTS.has(tag.name)) {
          report({
            message: `Learn removes <${tag.name}> elements from the page: use Learn Markdown (or ask the site team) instead.`,
            at: [base + tag.start + 1, base + tag.start + 1 + tag.name.length],
          });
          if (RAW_TEXT.has(tag.name)) {
            const close = html.toLowerCase().indexOf(`</${tag.name}`, tag.end);
            skipUntil = close === -1 ? html.length : close;
          }
          continue;
        }
        for (const attribute of tag.attributes) {
          const kind = attribute.name === 'style' ? 'style attributes' : EVENT_HANDLER.test(attribute.name) ? 'event handlers' : undefined;
          if (!kind) continue;
          let removeFrom = attribute.start;
          while (removeFrom > 0 && /\s/.test(html[removeFrom - 1]!)) removeFrom--;
          report({
            message: `Learn removes ${kind} such as ${attribute.name}="…" from <${tag.name}>: it has no effect on the page.`,
            at: [base + attribute.start, base + attribute.end],
            // The site drops the attribute anyway: deleting it changes nothing a reader sees.
            fix: {
              title: `Remove ${attribute.name}`,
              edits: [{ start: base + removeFrom, end: base + attribute.end, newText: '' }],
              safe: true,
            },
          });
        }
      }
    }
  },
);

function htmlNodes(root: Parent): Html[] {
  const found: Html[] = [];
  const pending: Nodes[] = [root as Nodes];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'html' && node.position) found.push(node);
    else if ('children' in node) for (const child of node.children) pending.push(child as Nodes);
  }
  return found;
}

/** The HTML with comments blanked out (same length, so offsets still match); an unclosed comment runs to the end. */
function withoutComments(html: string): string {
  if (!html.includes('<!--')) return html;
  return html.replace(/<!--(?:[^-]|-(?!->))*(?:-->|$)/g, (comment) => ' '.repeat(comment.length));
}
