import { describe, expect, it } from 'vitest';
import { translator } from '../../../../domain/lib/i18n.ts';
import { renderWhatsApp } from '../../../../bot/channels/whatsapp/render.ts';

const id = translator('id');
const en = translator('en');

describe('renderWhatsApp', () => {
  it('keeps text as is, WhatsApp formatting included', () => {
    expect(renderWhatsApp({ type: 'text', text: '*Kopi Bajawa* _250 g_' }, id)).toEqual([{ kind: 'text', text: '*Kopi Bajawa* _250 g_' }]);
  });

  it('renders choices as a numbered menu; links are printed without a number', () => {
    const parts = renderWhatsApp(
      {
        type: 'choices',
        text: 'Mau lihat apa?',
        options: [
          { label: 'Tenun', value: 'cat:tenun' },
          { label: 'Buka etalase', url: 'https://etalase.example/t/kupang' },
          { label: 'Kopi', value: 'cat:kopi' },
        ],
      },
      id,
    );
    expect(parts).toEqual([
      { kind: 'text', text: 'Mau lihat apa?\n\n1. Tenun\nBuka etalase: https://etalase.example/t/kupang\n2. Kopi\n\nBalas dengan angka pilihan.' },
    ]);
  });

  it('uses the English hint for English chats and drops the hint when nothing is numbered', () => {
    const [menu] = renderWhatsApp({ type: 'choices', text: 'Pick one', options: [{ label: 'Yes', value: 'y' }] }, en);
    expect(menu).toEqual({ kind: 'text', text: 'Pick one\n\n1. Yes\n\nReply with the number of your choice.' });
    const [links] = renderWhatsApp({ type: 'choices', text: 'Share', options: [{ label: 'Link', url: 'https://x.example' }] }, en);
    expect(links).toEqual({ kind: 'text', text: 'Share\n\nLink: https://x.example' });
  });

  it('sends a photo as media with its caption, and appends the menu when it has options', () => {
    expect(renderWhatsApp({ type: 'photo', media: { mediaId: 'm1' }, caption: 'Tenun ikat' }, id)).toEqual([
      { kind: 'media', media: { mediaId: 'm1' }, caption: 'Tenun ikat' },
    ]);
    expect(renderWhatsApp({ type: 'photo', media: { mediaId: 'm1' }, caption: 'Tenun ikat', options: [{ label: 'Beli', value: 'buy' }] }, en)).toEqual([
      { kind: 'media', media: { mediaId: 'm1' }, caption: 'Tenun ikat\n\n1. Beli\n\nReply with the number of your choice.' },
    ]);
    expect(renderWhatsApp({ type: 'photo', media: { url: 'https://x.example/a.jpg' } }, id)).toEqual([
      { kind: 'media', media: { url: 'https://x.example/a.jpg' } },
    ]);
  });

  it('adds a how-to hint to requests, in both languages', () => {
    const cases = [
      ['contact', 'Kami akan memakai nomor WhatsApp ini', 'We will use this WhatsApp number'],
      ['location', 'Bagikan lokasi lewat tombol lampiran', 'Share your location with the attach button'],
      ['photo', 'Kirim foto lewat tombol lampiran', 'Send a photo with the attach button'],
    ] as const;
    for (const [request, idHint, enHint] of cases) {
      const [idPart] = renderWhatsApp({ type: 'request', request, text: 'Pertanyaan' }, id);
      const [enPart] = renderWhatsApp({ type: 'request', request, text: 'Question' }, en);
      expect(idPart).toEqual({ kind: 'text', text: expect.stringMatching(new RegExp(`^Pertanyaan\\n\\n${idHint}`)) });
      expect(enPart).toEqual({ kind: 'text', text: expect.stringMatching(new RegExp(`^Question\\n\\n${enHint}`)) });
    }
  });
});
