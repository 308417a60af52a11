// Shared vocabulary of the engine. Nothing here knows about VS Code, LSP or the terminal.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A place in a document: 1-based line and column (UTF-16 units, as JavaScript strings count), 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Point;
  end: Point;
}

/** Replace `text.slice(start, end)` with `newText`; offsets are into the document text (BOM excluded). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  /** What the quick fix says it does, e.g. "Change to [!TIP]". */
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by --fix and "fix all"; unsafe ones are offered only as quick fixes. */
  safe: boolean;
}

export interface Finding {
  /** Absolute path of the file the finding is in. */
  file: string;
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  fix?: Fix;
  /** Other fixes offered in the editor only (alternatives such as "did you mean"). */
  suggestions?: Fix[];
}

export interface RuleDocs {
  /** One line, shown in SARIF `shortDescription` and in `--help` lists. */
  description: string;
  /** Rule family as in RULES.md. */
  category: 'front-matter' | 'markdown' | 'links' | 'toc' | 'style' | 'redirects' | 'engine';
}

export interface RuleMeta {
  id: string;
  docs: RuleDocs;
  defaultSeverity: SeveritySetting;
  /** Whether the rule can offer a fix (RULES.md "fix" column). */
  fixable: boolean;
  /** Workspace rules need the whole repository (e.g. include-unused) and run only in repository validation. */
  scope?: 'file' | 'repository';
  /**
   * The rule also runs on Markdown the Learn build does not publish as an article (README, .github
   * templates, TOC.md): it checks what is broken on GitHub too. Default false: a Learn article rule.
   */
  outsideBuild?: boolean;
  /**
   * `true`: the rule checks tables of contents and runs on them only (`toc.yml`, `toc.json`,
   * `TOC.md`). A `toc.yml` or `toc.json` gets no other rule; a `TOC.md` also gets the `outsideBuild`
   * rules. `'also'`: the rule checks articles and tables of contents alike (an xref in either).
   */
  tocFiles?: boolean | 'also';
  /**
   * JSON Schema (draft-07) of the rule's options object (`["warning", { … }]`). The configuration
   * schema is generated from it (`npm run docs:rules`), so an invalid option is a configuration
   * error; a rule without it takes no options.
   */
  options?: JsonSchema;
}

/** A JSON Schema, as plain data. */
export interface JsonSchema {
  [keyword: string]: unknown;
}
