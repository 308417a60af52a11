// Commands that run in VS Code itself (they edit the active editor or show pickers). Adding one:
// a module in this folder that registers it, an entry here, and its contribution in package.json.
import { registerInsertAlert } from './insert-alert.js';
import { registerInsertInclude } from './insert-include.js';
import { registerInsertPersona } from './insert-persona.js';
import type { ClientCommandRegistration } from './registration.js';
import { registerUpdateDate } from './update-date.js';

export const CLIENT_COMMANDS: ClientCommandRegistration[] = [
  registerUpdateDate,
  registerInsertAlert,
  registerInsertInclude,
  registerInsertPersona,
];
