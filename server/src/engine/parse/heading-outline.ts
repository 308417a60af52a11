// The headings of an article as the build checks their order: one page per zone pivot, moniker and
// tab. Each heading and include carries its branch: the pivot, moniker range or tab it sits in. Two
// entries are on the same rendered page unless they sit in different options of one group (pivot
// "a" and pivot "b"; tab "windows" and tab "linux" of one tab group). `::: zone target="chromeless"`
// is never on the Learn page; `target="docs"` without a pivot always is.
import type { Include } from './learn-syntax.js';
import type { DocumentModel, HeadingInfo } from './document.js';

/** Group → option, e.g. `zone` → `windows`, `tabs@120` → `linux`. */
export type Branch = ReadonlyMap<string, string>;

export type OutlineItem = { kind: 'heading'; heading: HeadingInfo; branch: Branch } | { kind: 'include'; include: Include; branch: Branch };

interface OpenBlock {
  name: string;
  /** The group and option it adds, or 'hidden' (not on the Learn page), or undefined (transparent). */
  adds: { group: string; option: string } | 'hidden' | undefined;
}

const NO_BRANCH: Branch = new Map();

export function headingOutline(document: DocumentModel): OutlineItem[] {
  const probes: Array<Probe<OutlineItem>> = [];
  for (const heading of document.headings) {
    if (!heading.isTab) probes.push({ offset: heading.range.start.offset, make: (branch) => ({ kind: 'heading', heading, branch }) });
  }
  for (const include of document.includes) {
    if (include.wellFormed) probes.push({ offset: include.range.start.offset, make: (branch) => ({ kind: 'include', include, branch }) });
  }
  return onPages(document, probes);
}

/** The branch of each offset (undefined when it is not on the Learn page), in the order given. */
export function branchesAt(document: DocumentModel, offsets: readonly number[]): Array<Branch | undefined> {
  const branches = new Array<Branch | undefined>(offsets.length);
  onPages(
    document,
    offsets.map((offset, position) => ({
      offset,
      make: (branch) => {
        branches[position] = branch;
      },
    })),
  );
  return branches;
}

interface Probe<T> {
  offset: number;
  make: (branch: Branch) => T | undefined;
}

/** Walks the document's zones, monikers and tab groups in order and calls each probe with its branch (skipped when hidden). */
function onPages<T>(document: DocumentModel, probes: ReadonlyArray<Probe<T>>): T[] {
  type Event = { offset: number; apply: () => void } | { offset: number; probe: Probe<T> };
  const events: Event[] = [];
  const blocks: OpenBlock[] = [];
  let tab: { group: string; option: string; depth: number } | undefined;

  const current = (): Branch | 'hidden' => {
    const branch = new Map<string, string>();
    for (const block of blocks) {
      if (block.adds === 'hidden') return 'hidden';
      if (block.adds) branch.set(block.adds.group, block.adds.option);
    }
    if (tab) branch.set(tab.group, tab.option);
    return branch.size === 0 ? NO_BRANCH : branch;
  };

  for (const block of document.tripleColon) {
    if (block.name !== 'zone' && block.name !== 'moniker') continue;
    const offset = block.range.start.offset;
    if (block.isEnd) {
      events.push({ offset, apply: () => void closeBlock(blocks, block.name) });
      continue;
    }
    if (block.selfClosing) continue;
    const attribute = (name: string) => block.attributes.find((candidate) => candidate.name === name)?.value?.trim();
    let adds: OpenBlock['adds'];
    if (block.name === 'moniker') adds = { group: 'moniker', option: attribute('range') ?? '' };
    else if (attribute('target')?.toLowerCase() === 'chromeless') adds = 'hidden';
    else if (attribute('pivot') !== undefined) adds = { group: 'zone', option: attribute('pivot')! };
    events.push({ offset, apply: () => void blocks.push({ name: block.name, adds }) });
  }
  // A tab group: consecutive tab headings; it ends at `---` or at a section heading as high as its tabs.
  for (const node of document.tree.children) {
    if (node.type === 'thematicBreak')
      events.push({
        offset: node.position!.start.offset!,
        apply: () => {
          tab = undefined;
        },
      });
  }
  let group: string | undefined;
  for (const heading of document.headings) {
    const offset = heading.range.start.offset;
    if (heading.isTab) {
      events.push({
        offset,
        apply: () => {
          if (!tab) group = `tabs@${offset}`;
          const id = /\(#tab\/([^)\s]*)\)/.exec(document.text.slice(offset, heading.range.end.offset))?.[1] ?? '';
          tab = { group: group!, option: id, depth: heading.depth };
        },
      });
      continue;
    }
    events.push({
      offset,
      apply: () => {
        if (tab && heading.depth <= tab.depth) tab = undefined;
      },
    });
  }
  for (const probe of probes) events.push({ offset: probe.offset, probe });
  // Stable: at one offset, a heading closes its tab group before the probe at that heading reads the branch.
  events.sort((a, b) => a.offset - b.offset || Number('probe' in a) - Number('probe' in b));
  const items: T[] = [];
  for (const event of events) {
    if ('apply' in event) {
      event.apply();
      continue;
    }
    const branch = current();
    if (branch === 'hidden') continue;
    const item = event.probe.make(branch);
    if (item !== undefined) items.push(item);
  }
  return items;
}

/** Whether two entries can be on the same rendered page (no group where they take different options). */
export function onSamePage(a: Branch, b: Branch): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const [group, option] of a) {
    const other = b.get(group);
    if (other !== undefined && other !== option) return false;
  }
  return true;
}

function closeBlock(blocks: OpenBlock[], name: string): void {
  for (let index = blocks.length - 1; index >= 0; index--) {
    if (blocks[index]!.name === name) {
      blocks.splice(index, 1);
      return;
    }
  }
}
