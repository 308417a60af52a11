// "Did you mean" for a missing file offers only a name that is very likely the same file written
// with a slip: other separators, another extension of the same kind, or one typo in the name. A
// different file that merely looks alike is never offered: overview2.md is not overview.md (the
// intended file may simply not exist), nor is steps.md step.md, nor image-3.png image-2.png.

import { editDistance } from '../../closest-match.js';

/** Extensions that may stand for one another: the same page or the same picture saved another way. */
const EXTENSION_KINDS: readonly (readonly string[])[] = [
  ['md', 'markdown', 'yml', 'yaml'],
  ['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'bmp'],
];
/** A one-letter typo in a shorter stem is as likely a different name (map.md, max.md). */
const MIN_TYPO_STEM_LENGTH = 5;

/** Whether `candidate` (an existing file's name) is very likely the file meant by `wanted`. */
export function isLikelySameName(wanted: string, candidate: string): boolean {
  return likelySameNameAs(wanted)(candidate);
}

/**
 * `isLikelySameName` for one wanted name against many candidates (every entry of a folder, tens of
 * thousands in an API reference): the wanted name is read once, and a candidate whose stem length
 * rules out one typo is turned down before any edit distance is computed.
 */
export function likelySameNameAs(wanted: string): (candidate: string) => boolean {
  const want = splitName(wanted.trim());
  const wantDigits = digitsOf(want.stem);
  return (candidate) => {
    const have = splitName(candidate);
    if (!sameExtensionKind(want.extension, have.extension)) return false;
    if (want.stem === have.stem) return true;
    if (want.extension !== have.extension) return false;
    // One edit changes the length by at most one.
    if (want.stem.length < MIN_TYPO_STEM_LENGTH || Math.abs(want.stem.length - have.stem.length) > 1) return false;
    // Numbers tell files of a series apart (step1/step2, overview/overview2): never a typo.
    if (wantDigits !== digitsOf(have.stem)) return false;
    return oneTypoApart(want.stem, have.stem);
  };
}

/** Lower-case stem with `-`, `_`, `.` and spaces read alike, and lower-case extension. */
function splitName(name: string): { stem: string; extension: string } {
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf('.');
  const stem = dot > 0 ? lower.slice(0, dot) : lower;
  return { stem: stem.replace(/(%20|[-_. ])+/g, '-'), extension: dot > 0 ? lower.slice(dot + 1) : '' };
}

function sameExtensionKind(a: string, b: string): boolean {
  return a === b || EXTENSION_KINDS.some((kind) => kind.includes(a) && kind.includes(b));
}

function digitsOf(stem: string): string {
  return (stem.match(/\d+/g) ?? []).join(',');
}

/**
 * One substituted letter, two neighbours swapped, or one letter missing or extra inside the stem
 * (one edit). A letter added or dropped at the end is a different name more often than a typo
 * (step/steps): one stem is then the other's start.
 */
function oneTypoApart(a: string, b: string): boolean {
  if (editDistance(a, b) !== 1) return false;
  return a.length === b.length || !(a.startsWith(b) || b.startsWith(a));
}
