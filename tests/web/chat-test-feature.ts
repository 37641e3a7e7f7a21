// A chat feature for the web chat tests only: "start photo_test" asks for a photo, stores it through the
// media service and shows it back; "start echo_<x>" answers with the parameter it received.
import type { Flow } from '../../bot/core/flow.ts';
import type { FlowModule } from '../../bot/core/registry.ts';

const photoFlow: Flow = {
  id: 'webtest-photo',
  start: 'ask',
  steps: {
    ask: {
      prompt: (ctx) => ctx.request('photo', 'Kirim foto produk'),
      async handle(ctx, input) {
        if (input.kind !== 'media') return { repeat: true };
        const { data, mime } = await input.fetch();
        const media = await ctx.services.media.upload(ctx.actor, { data, mime, kind: 'product_photo' });
        ctx.reply({ type: 'photo', media: { mediaId: media.id }, caption: 'Foto diterima' });
        return { end: true, quiet: true };
      },
    },
  },
};
export const photoTestFeature: FlowModule = {
  flows: [photoFlow],
  deepLinks: [
    (ctx, param) => {
      if (param === 'photo_test') return { flow: 'webtest-photo' };
      if (!param.startsWith('echo_')) return null;
      ctx.reply({ type: 'text', text: `deep link ${param}` });
      return { stay: true };
    },
  ],
};

