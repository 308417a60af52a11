// Text from a repository (file names, and messages quoting its content) reaches terminals and CI
// logs. Raw, a newline in a file name starts a new line that GitHub Actions reads as a workflow
// command, an ESC sequence drives the terminal, and a bidi control reorders what is shown. Human
// formats print every such character as a visible escape instead.

/** C0 and C1 controls, DEL, line and paragraph separators, and the bidi formatting characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this module's job
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeControl(text: string): string {
  return text.replace(CONTROL, (character) => {
    const named = NAMED[character];
    if (named) return named;
    const code = character.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for HTML, in element content and in quoted attribute values alike: markup characters as
 * entities, and control and bidi characters as visible escapes (a bidi override in a file name
 * would reorder what the page shows).
 */
export function escapeHtml(text: string): string {
  return escapeControl(text).replace(/[&<>"']/g, (character) => HTML_SPECIAL[character]!);
}
