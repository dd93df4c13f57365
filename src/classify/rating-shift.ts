/** How a star rating moves the complaint score, whether the source gives it or the writer states it. */

/**
 * Logit shifts for star ratings, set by hand because the dev file has no ratings: 1–2 stars say
 * "complaint" more plainly than most wording, 4–5 the opposite, and 3 leaves it to the text.
 */
export const RATING_SHIFT: Record<number, number> = { 1: 4, 2: 2.5, 3: 0, 4: -2.5, 5: -4 };

/** The reason shown for a rating: "1-star rating", or "1 star, in the text" when the writer stated it. */
export function ratingReason(stars: number, stated: boolean): string {
  return stated ? `${stars} star${stars === 1 ? '' : 's'}, in the text` : `${stars}-star rating`;
}

/**
 * A rating as whole stars 1–5. A stated rating's halves round down ("4.5 stars" is 4): the higher the
 * rating, the harder it pushes a text away from being a complaint.
 */
export function toStars(rating: number, halves: 'up' | 'down' = 'up'): number {
  const whole = halves === 'up' ? Math.round(rating) : Math.ceil(rating - 0.5);
  return Math.min(5, Math.max(1, whole));
}
