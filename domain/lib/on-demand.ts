// Heavy libraries that only some requests need, loaded on their first use instead of at start-up.
//
// Why: the server's resident memory is a benchmark target (≤ 300 MB after the chat). Loaded at start-up,
// whatsapp-web.js (with puppeteer) took 29 MB although WhatsApp is off unless configured, pdfkit 14 MB and
// sharp 10 MB although only labels, reports and photo uploads use them (measured: RSS after each import).
// midtrans-client (with axios and lodash: 5.8 MB of V8 heap) is only used when Midtrans is configured,
// qrcode (1.0 MB) for a QRIS payment, a label or WhatsApp's pairing (heap after each import, node --expose-gc).
// They are CommonJS, so a synchronous require keeps the callers' code as it was.
import { createRequire } from 'node:module';
import type Midtrans from 'midtrans-client';
import type PdfKit from 'pdfkit';
import type QrCode from 'qrcode';
import type Sharp from 'sharp';
import type Wweb from 'whatsapp-web.js';

const require = createRequire(import.meta.url);

let sharpModule: typeof Sharp | undefined;

/**
 * sharp, set up on first use for a small footprint (issue 27: photo copies are made in the server): one
 * libvips thread per image and no operation cache (the cache keeps up to 50 MB of decoded pixels around for
 * repeats that a store of immutable photos never asks for).
 */
function loadSharp(): typeof Sharp {
  if (!sharpModule) {
    sharpModule = require('sharp') as typeof Sharp;
    sharpModule.concurrency(1);
    sharpModule.cache(false);
  }
  return sharpModule;
}

export const sharp: typeof Sharp = ((...args: Parameters<typeof Sharp>) => loadSharp()(...args)) as typeof Sharp;

export function pdfKit(): typeof PdfKit {
  return require('pdfkit') as typeof PdfKit;
}

export function midtransClient(): typeof Midtrans {
  return require('midtrans-client') as typeof Midtrans;
}

export function qrCode(): typeof QrCode {
  return require('qrcode') as typeof QrCode;
}

export function whatsappWeb(): typeof Wweb {
  return require('whatsapp-web.js') as typeof Wweb;
}
