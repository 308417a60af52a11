// Checking an open document before the workspace is indexed. Summarising every Markdown file of a
// 38,000-file repository takes many seconds, and most of a document's checks need only the few
// files it names, which the index reads on demand. So the rules that ask for the whole index (who
// includes this file, which articles of the docset share a title…) are deferred: the index's read
// observer stops them, and their findings come with the next check, made once the index is built.
// What is left is exact: a file's existence, its anchors and its case are read from the disk on
// demand, so no "not found" is ever reported because a file was not summarised yet.
import type { Linter } from '../engine/lint.js';
import { internalError } from '../engine/rules/engine-rules.js';
import type { Finding } from '../engine/types.js';

/** A check asked for every file summarised; it is deferred until the index is built. */
class WholeIndexDeferred extends Error {
  constructor() {
    super('deferred until the workspace index is built');
  }
}

const DEFERRED_MESSAGE = new WholeIndexDeferred().message;

export class BeforeIndexChecks {
  constructor(private readonly linter: Linter) {
    // Every read of the whole index (`*`) stops the check that makes it.
    linter.environment.index?.observeReads((path) => {
      if (path === '*') throw new WholeIndexDeferred();
    });
  }

  /**
   * Applies a change to the index (an open document's text). Its last step, working out which other
   * files the change affects, needs the whole index and is stopped; nobody asks this worker for it.
   */
  applyChange(change: () => unknown): void {
    try {
      change();
    } catch (error) {
      if (!(error instanceof WholeIndexDeferred)) throw error;
    }
  }

  /**
   * Every finding of `text` but those of the deferred rules. A rule stopped by the deferral failed
   * (runRules turned the stop into an internal-error finding, after keeping what the rule had
   * reported, each a true finding) and is left out. Undefined when the check as a whole needs the
   * index (whether the file is published can depend on who includes it).
   */
  check(path: string, text: string): Finding[] | undefined {
    let findings: Finding[];
    try {
      findings = this.linter.lintText(path, text).findings;
    } catch (error) {
      if (error instanceof WholeIndexDeferred) return undefined;
      throw error;
    }
    return findings.filter((finding) => !(finding.ruleId === internalError.id && finding.message.endsWith(DEFERRED_MESSAGE)));
  }
}
