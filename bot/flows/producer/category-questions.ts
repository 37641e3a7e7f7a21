// Which listing questions fit a category: cloth (tenun ikat) and crafts are not food, so a producer of them
// is not asked about taste, halal, P-IRT or BPOM.
const NON_FOOD = new Set(['tenun', 'kerajinan']);

export const isNonFood = (categoryId: unknown): boolean => typeof categoryId === 'string' && NON_FOOD.has(categoryId);

/** the description question's key: food is asked about ingredients and taste, cloth and crafts about material and motif */
export const descriptionQuestion = (categoryId: unknown): string => (isNonFood(categoryId) ? 'producer:ask.descriptionIdCraft' : 'producer:ask.descriptionId');
