// What a console chat turn carries (npm run chat, in-process or through the running server's
// /internal/console.turn): the API documents it, the console channel (bot/channels/console) runs it.
import { z } from 'zod';

export const consoleTurnSchema = z.object({
  user: z.string().regex(/^[\w.@-]{1,64}$/, 'letters, digits, . _ - @ only'),
  // generous: the parser cuts an over-long line and the engine answers "too long" in the user's language
  line: z.string().max(1_000_000),
  lang: z.enum(['id', 'en']).optional(),
});

export type ConsoleTurn = z.infer<typeof consoleTurnSchema>;
