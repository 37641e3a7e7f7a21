// Words that work in every state and in both languages, typed or sent as commands.
import { normalizeText } from '../../api/search/normalize.ts';

export type GlobalCommand = 'menu' | 'back' | 'cancel' | 'help' | 'language';

const words: Record<string, GlobalCommand> = {
  menu: 'menu',
  start: 'menu',
  mulai: 'menu',
  'menu utama': 'menu',
  'main menu': 'menu',
  back: 'back',
  kembali: 'back',
  cancel: 'cancel',
  batal: 'cancel',
  help: 'help',
  bantuan: 'help',
  tolong: 'help',
  language: 'language',
  bahasa: 'language',
};

/** "Batal", "/cancel", "  kembali " → the command; anything else → null. */
export function globalCommandOf(text: string): GlobalCommand | null {
  const t = normalizeText(text.replace(/^\//, ''));
  return words[t] ?? null;
}
