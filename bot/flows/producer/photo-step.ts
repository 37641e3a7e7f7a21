// Collecting one to five photos: each photo (WhatsApp media, Telegram photo, an image sent as a file) is
// fetched, checked, resized and stored at once, so nothing is lost if the connection drops between photos.
// A form may go on after the first photo and take the others at its later questions (withLatePhotos).
// Text, stickers or voice notes where a photo is expected get a clear answer and the step waits.
import { DomainError } from '../../../domain/lib/errors.ts';
import type { MediaKind } from '../../../domain/media/media-store.ts';
import { MAX_PHOTOS } from '../../../domain/repositories/product.repository.ts';
import type { FlowContext, Step, StepInput, StepResult } from '../../core/flow.ts';

/** Stores the photo in `input`; replies and returns null when there is none or it cannot be used. */
export async function takePhoto(ctx: FlowContext, input: StepInput, kind: MediaKind): Promise<string | null> {
  if (input.kind !== 'media') {
    ctx.reply({ type: 'text', text: ctx.t('engine:expectedPhoto') });
    return null;
  }
  let file: { data: Buffer; mime: string };
  try {
    file = await input.fetch();
  } catch {
    ctx.reply({ type: 'text', text: ctx.t('producer:errors.photoDownload') });
    return null;
  }
  try {
    const media = await ctx.services.media.upload(ctx.actor, { data: file.data, mime: file.mime, kind });
    return media.id;
  } catch (error) {
    if (error instanceof DomainError && error.messageKey) {
      ctx.reply({ type: 'text', text: ctx.t(error.messageKey, error.params) });
      return null;
    }
    throw error;
  }
}

export interface PhotoListIo {
  list(ctx: FlowContext): string[];
  set(ctx: FlowContext, mediaIds: string[]): void;
  /** the user is done (at least one photo): save or go on */
  done(ctx: FlowContext, mediaIds: string[]): Promise<StepResult> | StepResult;
  /** i18n key of the first question (replace photos vs. add photos) */
  askKey: string;
  /**
   * go on after each photo instead of waiting for "done": the form takes more photos at its later steps
   * (withLatePhotos), so an album sent at once still lands whole
   */
  moveOn?: boolean;
}

/**
 * Adds a photo sent at `step` to the list once the photo question has had its first photo (the rest of an
 * album, a better shot sent later); before that a photo is the step's to answer ("type it as text").
 */
export function withLatePhotos(step: Step, io: Pick<PhotoListIo, 'list' | 'set'>): Step {
  if (!step.handle) return step;
  const handle = step.handle.bind(step);
  return {
    ...step,
    async handle(ctx, input): Promise<StepResult> {
      const photos = io.list(ctx);
      if (input.kind !== 'media' || photos.length === 0) return handle(ctx, input);
      if (photos.length >= MAX_PHOTOS) {
        ctx.reply({ type: 'text', text: ctx.t('producer:errors.tooManyPhotos', { max: MAX_PHOTOS }) });
        return { repeat: true };
      }
      const id = await takePhoto(ctx, input, 'product_photo');
      if (!id) return { repeat: true };
      io.set(ctx, [...photos, id]);
      ctx.reply({ type: 'text', text: ctx.t('producer:photos.added', { count: photos.length + 1, max: MAX_PHOTOS }) });
      return { repeat: true };
    },
  };
}

export function photoStep(io: PhotoListIo): Step {
  return {
    help: 'producer:help.photos',
    prompt(ctx) {
      const photos = io.list(ctx);
      if (photos.length === 0) return ctx.request('photo', ctx.t(io.askKey, { max: MAX_PHOTOS }));
      ctx.choose(ctx.t('producer:photos.progress', { count: photos.length, max: MAX_PHOTOS }), [
        { label: ctx.t('producer:buttons.photosDone'), value: 'done' },
        { label: ctx.t('producer:buttons.photosClear'), value: 'clear' },
      ]);
    },
    async handle(ctx, input): Promise<StepResult> {
      const photos = io.list(ctx);
      if (input.kind === 'choice' && input.value === 'done') {
        if (photos.length > 0) return io.done(ctx, photos);
        ctx.reply({ type: 'text', text: ctx.t('producer:errors.needPhoto') });
        return { repeat: true };
      }
      if (input.kind === 'choice' && input.value === 'clear') {
        io.set(ctx, []);
        return { repeat: true };
      }
      if (input.kind === 'choice') return { repeat: true };
      if (photos.length >= MAX_PHOTOS) {
        ctx.reply({ type: 'text', text: ctx.t('producer:errors.tooManyPhotos', { max: MAX_PHOTOS }) });
        return io.done(ctx, photos);
      }
      const id = await takePhoto(ctx, input, 'product_photo');
      if (!id) return { stay: true };
      const next = [...photos, id];
      io.set(ctx, next);
      if (next.length >= MAX_PHOTOS) {
        ctx.reply({ type: 'text', text: ctx.t('producer:photos.full', { max: MAX_PHOTOS }) });
        return io.done(ctx, next);
      }
      if (io.moveOn) {
        ctx.reply({ type: 'text', text: ctx.t('producer:photos.savedMoveOn', { count: next.length, max: MAX_PHOTOS }) });
        return io.done(ctx, next);
      }
      return { repeat: true };
    },
  };
}
