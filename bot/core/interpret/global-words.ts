// The words that work at every step: menu, cancel, back, help, language.
import { dropDetour, peekDetour } from '../detour.ts';
import type { GlobalCommand } from '../global-commands.ts';
import type { Navigator } from './navigator.ts';

export async function runGlobal(nav: Navigator, command: GlobalCommand): Promise<void> {
  const { session, registry } = nav;
  switch (command) {
    case 'menu':
      return nav.enterMenu();
    case 'cancel':
      return cancel(nav);
    case 'back': {
      const previous = session.stack.pop();
      if (!previous || !registry.flows.get(previous.flow)?.steps[previous.step]) return backToDetour(nav);
      session.flow = previous.flow;
      session.step = previous.step;
      return nav.prompt();
    }
    case 'help': {
      const key = nav.currentStep()?.help;
      nav.ctx.reply({ type: 'text', text: `${key ? `${nav.ctx.t(key)}\n\n` : ''}${nav.ctx.t('engine:help')}` });
      return nav.prompt();
    }
    case 'language':
      return nav.enterFlow('language', undefined, { returnTo: session.flow === 'language' ? null : { flow: session.flow, step: session.step } }, 0);
  }
}

async function cancel(nav: Navigator): Promise<void> {
  const { session, registry, ctx } = nav;
  const leaving = nav.currentFlow();
  if (leaving && leaving.id !== registry.menuFlow) nav.say('engine:cancelled');
  if (!ctx.actor.onboarded && leaving?.id !== registry.onboardingFlow) {
    // someone still registering who wandered off (a search) cancels registering: its answers come along
    const kept = peekDetour(session);
    if (kept?.flow === registry.onboardingFlow) session.data.flow = kept.data;
    await registry.flows.get(registry.onboardingFlow)?.onCancel?.(ctx);
  } else if (leaving && leaving.id !== registry.menuFlow) {
    // the flow keeps what it should (a draft, a half-typed registration) and may make the user's menu theirs
    await leaving.onCancel?.(ctx);
  }
  dropDetour(session);
  return nav.enterMenu();
}

/** "back" with nothing behind in this flow: the flow the user stepped out of (a detour), else the menu. */
async function backToDetour(nav: Navigator): Promise<void> {
  const kept = peekDetour(nav.session);
  if (kept && nav.registry.flows.get(kept.flow)?.steps[kept.step]) {
    dropDetour(nav.session);
    return nav.enterFlow(kept.flow, kept.step, kept.data, 0);
  }
  return nav.enterMenu();
}
