// The "/" menu Telegram shows next to the input field: Indonesian for everyone, English for English apps.
import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { translator, type Lang } from '../../../domain/lib/i18n.ts';

export const commandNames = ['start', 'menu', 'cart', 'orders', 'help', 'language', 'cancel'] as const;

export function botCommands(lang: Lang): BotCommand[] {
  const t = translator(lang);
  return commandNames.map((command) => ({ command, description: t(`telegram:commands.${command}`) }));
}

export async function publishCommands(api: Api): Promise<void> {
  await api.setMyCommands(botCommands('id')); // default scope, every language
  await api.setMyCommands(botCommands('en'), { language_code: 'en' });
}
