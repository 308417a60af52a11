// The client's `guidanceLint.*` settings, with the defaults an editor without settings gets.
import type { SeveritySetting } from '../engine/types.js';

export interface ServerSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  rules: Record<string, SeveritySetting>;
  /** Add a redirection entry when a published article is moved or renamed. */
  redirectOnMove: 'always' | 'ask' | 'never';
}

export const DEFAULT_SETTINGS: ServerSettings = { enable: true, run: 'onType', rules: {}, redirectOnMove: 'ask' };
const REDIRECT_CHOICES = new Set(['always', 'ask', 'never']);

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

/** Reads what the client sent, dropping values of the wrong type instead of failing. */
export function normalizeSettings(raw: unknown): ServerSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (value.rules && typeof value.rules === 'object') {
    for (const [id, severity] of Object.entries(value.rules as Record<string, unknown>)) {
      if (typeof severity === 'string' && SEVERITIES.has(severity)) rules[id] = severity as SeveritySetting;
    }
  }
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    run: value.run === 'onSave' ? 'onSave' : 'onType',
    rules,
    redirectOnMove:
      typeof value.redirectOnMove === 'string' && REDIRECT_CHOICES.has(value.redirectOnMove)
        ? (value.redirectOnMove as ServerSettings['redirectOnMove'])
        : DEFAULT_SETTINGS.redirectOnMove,
  };
}
