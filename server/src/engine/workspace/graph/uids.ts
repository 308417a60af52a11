// The uids a repository defines, for `xref:` links: what docfx v3 indexes from this repository —
// the `uid` of a Markdown file's front matter, and the uids of YAML content files (a page's root
// `uid`, a reference file's `items`). External uids (the .NET API, other repositories' xref maps)
// are not known offline; the xref rules decide what to make of an unknown uid.
import { isTableOfContents } from '../../parse/file-kind.js';

export interface UidDefinition {
  uid: string;
  file: string;
  /** 1-based line of the definition in a YAML file; 0 for a Markdown file's front matter. */
  line: number;
  /** Defined for some versions only (`monikerRange`): the same uid may be defined again for others. */
  versioned: boolean;
}

/** What the index's summary of a Markdown file says about its uid. */
export interface MarkdownUid {
  path: string;
  uid: string | undefined;
  versioned: boolean;
}

export interface UidHost {
  /** The summary of every Markdown file of the workspace. */
  markdownSummaries(): MarkdownUid[];
  /** Every YAML file of the workspace. */
  yamlFiles(): string[];
  /** A file's text within the size limit; undefined when it cannot be read. */
  readText(path: string): string | undefined;
}

export const YAML_FILE = /\.ya?ml$/i;
/** `uid: value` in a YAML line, as a key of its own or of a list item. */
const UID_LINE = /^( *)(?:- +)?uid:[ \t]*(.*?)[ \t]*$/;
const TOP_LEVEL_KEY = /^([A-Za-z_][\w-]*):/;

export interface YamlUids {
  /** Where the file defines a uid: at its root, or as an entry of `items`. */
  definitions: UidDefinition[];
  /** Every uid value the file names, definitions and references alike. */
  named: string[];
}

/** The uids a table has read, as plain data (structured clone): another table starts from them. */
export interface UidTableSnapshot {
  yamlByFile: Map<string, YamlUids>;
}

export class UidTable {
  private byUid: Map<string, UidDefinition[]> | undefined;
  private named: Set<string> | undefined;
  private readonly yamlByFile: Map<string, YamlUids>;

  constructor(
    private readonly host: UidHost,
    snapshot?: UidTableSnapshot,
  ) {
    this.yamlByFile = snapshot?.yamlByFile ?? new Map();
  }

  /**
   * The YAML files' uids read so far, shared (not copied): the table is combined again from them and
   * the Markdown summaries, which costs no read.
   */
  snapshot(): UidTableSnapshot {
    return { yamlByFile: this.yamlByFile };
  }

  /** Loads the table now (reads every YAML file), ahead of the first check that asks. */
  warmUp(): void {
    this.load();
  }

  /** A file changed: the table is recombined on next use (a YAML file is read again). */
  changed(path: string): void {
    this.byUid = undefined;
    this.named = undefined;
    this.yamlByFile.delete(path);
  }

  reset(): void {
    this.byUid = undefined;
    this.named = undefined;
    this.yamlByFile.clear();
  }

  /** Where this uid is defined (exact case). */
  definitionsOf(uid: string): UidDefinition[] {
    return this.load().byUid.get(uid) ?? [];
  }

  /**
   * Whether the repository names this uid anywhere a definition could be, in any letter case.
   * Generous on purpose: a uid written in a YAML file is taken as known, so a link to it is never
   * reported as missing.
   */
  isKnown(uid: string): boolean {
    return this.load().named.has(uid.toLowerCase());
  }

  /** Every uid the repository defines, sorted. */
  all(): string[] {
    return [...this.load().byUid.keys()].sort();
  }

  private load(): { byUid: Map<string, UidDefinition[]>; named: Set<string> } {
    if (this.byUid && this.named) return { byUid: this.byUid, named: this.named };
    const byUid = new Map<string, UidDefinition[]>();
    const named = new Set<string>();
    const add = (definition: UidDefinition): void => {
      byUid.set(definition.uid, [...(byUid.get(definition.uid) ?? []), definition]);
      named.add(definition.uid.toLowerCase());
    };
    for (const summary of this.host.markdownSummaries()) {
      if (summary.uid) add({ uid: summary.uid, file: summary.path, line: 0, versioned: summary.versioned });
    }
    for (const file of this.host.yamlFiles().sort()) {
      if (isTableOfContents(file)) continue;
      let uids = this.yamlByFile.get(file);
      if (!uids) {
        const text = this.host.readText(file);
        uids = text === undefined ? { definitions: [], named: [] } : scanYamlUids(file, text);
        this.yamlByFile.set(file, uids);
      }
      for (const definition of uids.definitions) add(definition);
      for (const uid of uids.named) named.add(uid.toLowerCase());
    }
    this.byUid = byUid;
    this.named = named;
    return { byUid, named };
  }
}

/** One pass over the lines: each line is matched by anchored patterns without nested repetition. */
export function scanYamlUids(file: string, text: string): YamlUids {
  const definitions: UidDefinition[] = [];
  const named: string[] = [];
  // A YAML page's own monikerRange versions its uids.
  const versioned = /^monikerRange:/m.test(text);
  let section: string | undefined;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\r$/, '');
    const key = TOP_LEVEL_KEY.exec(line);
    if (key) section = key[1];
    const match = UID_LINE.exec(line);
    if (!match) continue;
    const uid = match[2]!.replace(/^(["'])(.*)\1$/, '$2').trim();
    if (uid === '' || uid.startsWith('#')) continue;
    named.push(uid);
    const indent = match[1]!.length;
    const atRoot = indent === 0 && !line.startsWith('-') && key !== null;
    const itemOfItems = section === 'items' && line.trimStart().startsWith('-') && indent <= 2;
    if (atRoot || itemOfItems) definitions.push({ uid, file, line: index + 1, versioned });
  }
  return { definitions, named };
}
