// The curation rubric: named criteria with weights (summing to 100), each scored 1 to 5 by the curator.
// The weighted total is a percentage of the best possible score (all fives = 100, all ones = 20), and the
// grade bands turn it into a letter. Defaults follow the criteria Indonesian programmes use (OVOP, Rumah
// Kurasi, village product contests); labels and the question for each are in locales (official:rubric.<key>).
import { z } from 'zod';

export const criterionKeys = ['quality', 'packaging', 'localMaterial', 'legality', 'capacity', 'price', 'story'] as const;
export type CriterionKey = (typeof criterionKeys)[number];

export interface Criterion {
  key: CriterionKey;
  weight: number;
}

export interface GradeBand {
  grade: 'A' | 'B' | 'C' | 'D';
  /** lowest total (inclusive) that earns this grade */
  min: number;
}

export interface Rubric {
  criteria: Criterion[];
  bands: GradeBand[];
}

export const defaultRubric: Rubric = {
  criteria: [
    { key: 'quality', weight: 25 },
    { key: 'packaging', weight: 15 },
    { key: 'localMaterial', weight: 15 },
    { key: 'legality', weight: 15 },
    { key: 'capacity', weight: 10 },
    { key: 'price', weight: 10 },
    { key: 'story', weight: 10 },
  ],
  bands: [
    { grade: 'A', min: 85 },
    { grade: 'B', min: 70 },
    { grade: 'C', min: 55 },
    { grade: 'D', min: 0 },
  ],
};

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

export const scoreSchema = z.number().int().min(MIN_SCORE).max(MAX_SCORE);
/** every criterion scored, nothing else */
export const scoresSchema = z.object(Object.fromEntries(criterionKeys.map((k) => [k, scoreSchema])) as Record<CriterionKey, typeof scoreSchema>).strict();
export type Scores = z.infer<typeof scoresSchema>;

/** Weighted total 0..100, rounded to one decimal. */
export function weightedTotal(scores: Scores, rubric: Rubric = defaultRubric): number {
  const sum = rubric.criteria.reduce((acc, c) => acc + c.weight * (scores[c.key] / MAX_SCORE), 0);
  return Math.round(sum * 10) / 10;
}

export function gradeOf(total: number, rubric: Rubric = defaultRubric): GradeBand['grade'] {
  const bands = [...rubric.bands].sort((a, b) => b.min - a.min);
  return (bands.find((b) => total >= b.min) ?? bands[bands.length - 1]!).grade;
}

export function scoreProduct(scores: Scores, rubric: Rubric = defaultRubric): { total: number; grade: GradeBand['grade'] } {
  const total = weightedTotal(scores, rubric);
  return { total, grade: gradeOf(total, rubric) };
}

/** A rubric is usable only when its weights sum to 100 and every criterion is known. */
export function assertRubric(rubric: Rubric): void {
  const sum = rubric.criteria.reduce((acc, c) => acc + c.weight, 0);
  if (sum !== 100) throw new Error(`rubric weights sum to ${sum}, not 100`);
}
