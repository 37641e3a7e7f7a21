// Words that work in every state and in both languages, typed or sent as commands. The words themselves are
// in locales/<lang>/intents.json ("words"), with the slang people use ("gak jadi", "ganti bahasa").
import { wordOf } from './intents.ts';

export type GlobalCommand = 'menu' | 'back' | 'cancel' | 'help' | 'language';

/** "Batal", "/cancel", "  kembali ", "gak jadi" → the command; anything else (also "ya"/"tidak") → null. */
export function globalCommandOf(text: string): GlobalCommand | null {
  const word = wordOf(text.replace(/^\//, ''));
  return word === 'yes' || word === 'no' ? null : word;
}
