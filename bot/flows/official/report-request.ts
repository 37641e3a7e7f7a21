// The month's report asked for in chat: "/laporan", "/report", "laporan bulan ini", "minta laporan november
// excel", "report for last month pdf". An admin gets every regency, a curator their own; the CSV and the PDF
// come as documents (Telegram and WhatsApp documents, a download link on the web, a file path on the console).
import { monthName } from '../../../domain/lib/i18n.ts';
import { isOfficial } from '../../../domain/services/actor.ts';
import { normalizeText } from '../../../domain/search/normalize.ts';
import type { FlowContext, StepResult } from '../../core/flow.ts';
import { tellError } from './chat-helpers.ts';

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1, februari: 2, february: 2, pebruari: 2, feb: 2, maret: 3, march: 3, mar: 3, april: 4, apr: 4, mei: 5, may: 5,
  juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7, agustus: 8, august: 8, agu: 8, aug: 8, agt: 8, september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nopember: 11, nov: 11, desember: 12, december: 12, des: 12, dec: 12,
};

export interface ReportAsk {
  month: string;
  formats: ('csv' | 'pdf')[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Is this text a request for the report? The month and formats it names (this month, both files by default). */
export function parseReportRequest(text: string, currentMonth: string): ReportAsk | null {
  const words = normalizeText(text).split(' ');
  if (!words.some((w) => w === 'laporan' || w === 'report' || w === 'rekap' || w === 'laporannya')) return null;
  // a sentence about something else that mentions a report ("laporan penjualan toko saya") is not for us when it is long
  if (words.length > 8) return null;
  const [y, m] = currentMonth.split('-').map(Number) as [number, number];
  let month = currentMonth;
  const iso = /(\d{4})[-/ ](\d{1,2})\b/.exec(text);
  const named = words.find((w) => MONTHS[w] !== undefined);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) month = `${iso[1]}-${pad(Number(iso[2]))}`;
  else if (named) {
    const n = MONTHS[named]!;
    const year = words.find((w) => /^20\d\d$/.test(w));
    // a named month without a year is the latest one that has begun ("november" in December 2026 → 2026-11)
    month = `${year ?? (n > m ? y - 1 : y)}-${pad(n)}`;
  } else if (/\b(bulan lalu|last month|bulan kemarin|previous month)\b/.test(words.join(' '))) {
    month = m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
  }
  const csv = words.some((w) => ['excel', 'csv', 'xls', 'xlsx', 'spreadsheet', 'tabel'].includes(w));
  const pdf = words.includes('pdf');
  const formats: ('csv' | 'pdf')[] = csv && !pdf ? ['csv'] : pdf && !csv ? ['pdf'] : ['csv', 'pdf'];
  return { month, formats };
}

/** Builds the files, keeps them and sends them as documents. */
export async function sendReport(ctx: FlowContext, ask: ReportAsk): Promise<StepResult> {
  if (!isOfficial(ctx.actor)) {
    ctx.reply({ type: 'text', text: ctx.t('engine:notAllowed') });
    return { repeat: true };
  }
  try {
    const files = await ctx.services.reports.files(ctx.actor, ask.month, ctx.lang, ask.formats);
    const name = monthName(ask.month, ctx.lang);
    ctx.reply({ type: 'text', text: ctx.t('official:report.sending', { month: name, count: files.regions }) });
    const base = `${ctx.t('official:report.fileName')}-${ask.month}`;
    if (files.csv) ctx.reply({ type: 'document', media: { path: await ctx.services.media.saveFile(files.csv, 'csv') }, filename: `${base}.csv`, caption: ctx.t('official:report.csvCaption', { month: name }) });
    if (files.pdf) ctx.reply({ type: 'document', media: { path: await ctx.services.media.saveFile(files.pdf, 'pdf') }, filename: `${base}.pdf`, caption: ctx.t('official:report.pdfCaption', { month: name }) });
  } catch (error) {
    tellError(ctx, error);
  }
  return { end: true, quiet: true } as StepResult;
}
