// The status bar's count of Guidance Lint findings, kept per file: a diagnostics change recounts
// only the files it names. Recounting every diagnostic of the workspace on each change cost the
// extension host all the diagnostics shown per keystroke's publish (120,000 after Validate
// Repository on VBA-Docs), and files × diagnostics while Validate Repository published them.
export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
  /** Findings in the repository's baseline, which the server shows as hints: not counted as findings. */
  baselined: number;
}

export class FindingCounts {
  private readonly perFile = new Map<string, SeverityCounts>();
  private readonly sum: SeverityCounts = { errors: 0, warnings: 0, infos: 0, baselined: 0 };

  /** The counts of a file's findings now (all zero when it has none). */
  set(file: string, counts: SeverityCounts): void {
    const before = this.perFile.get(file);
    if (before) this.add(before, -1);
    if (counts.errors + counts.warnings + counts.infos + counts.baselined === 0) this.perFile.delete(file);
    else {
      this.perFile.set(file, { ...counts });
      this.add(counts, 1);
    }
  }

  get totals(): Readonly<SeverityCounts> {
    return this.sum;
  }

  private add(counts: SeverityCounts, sign: 1 | -1): void {
    this.sum.errors += sign * counts.errors;
    this.sum.warnings += sign * counts.warnings;
    this.sum.infos += sign * counts.infos;
    this.sum.baselined += sign * counts.baselined;
  }
}
