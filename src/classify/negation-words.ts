/**
 * The words that negate, over the token string (lowercase, apostrophes removed: "don't" is "dont").
 * Each use takes the core and names what it adds or leaves out, so that the lists differ on purpose.
 */

/** "Not", "never" and the contracted negations ("dont", "cant", "wasnt"…) every list holds. */
export const NOT_CORE =
  'not never dont doesnt didnt cant couldnt wont wouldnt isnt arent wasnt werent havent hasnt hadnt';
