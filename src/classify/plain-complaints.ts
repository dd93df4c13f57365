/**
 * Plain complaints that the dev tweets hold too seldom to teach the model: a company losing the
 * customer's bag or parcel, cancelling their flight or order, a wrong item delivered, "I want my money
 * back", "thanks for nothing", and faults of the product as reviews name them ("soggy", "not as
 * described") or tell them ("started peeling", "doesn't seal"). The dev tweets name a cancelled flight
 * or order 9 times. In the dev file "lost" is mostly a reply's "lost my mind" or a customer's own loss,
 * so the model learned the word as a sign of no complaint. Each of these phrases adds a logit shift set by hand, as the star
 * ratings do; they fire on a few dev texts only, and cross-validation with them is no worse.
 */

import { RESOLVED_CUE } from './cues.js';
import { TokenGate } from './token-gate.js';
import type { Features } from './features.js';

/** Words listed with spaces. */
const words = (list: string): string[] => list.split(' ');

/** A plain complaint phrase and the reason shown for it. */
interface PlainComplaint {
  label: string;
  /** Every match holds one of these tokens: a text with none skips the pattern (see cues.ts). */
  needs: readonly string[];
  pattern: RegExp;
}

// What a company loses or gets wrong for a customer.
const THING = String.raw`(?:bag|bags|baggage|luggage|suitcase|suitcases|package|packages|parcel|parcels|order|orders|delivery|stroller|pram|wheelchair|car seat|booking|reservation)`;
// The customer as the one who lost it ("I lost my card"), on the token string (apostrophes removed).
const SELF = String.raw`(?:i|we|ive|weve|id|wed|im)`;
// What a company cancels on a customer; "flight\w*" takes in the airline tweets' "Cancelled Flightled".
const BOOKED = String.raw`(?:flight\w*|train|trains|trip|order|orders|booking|bookings|reservation|reservations|appointment|appointments|delivery|ticket|tickets|holiday|hotel|room|event|class)`;
// A cancellation only feared or asked about: "if my flight is cancelled", "in case the order gets cancelled".
const IF = String.raw`(?:if|whether|case|when|what)`;
// Up to three words between the customer and their own cancelling ("I went ahead and cancelled"), none
// of them someone else ("I think they cancelled").
const OWN_WORDS = String.raw`(?:(?:just|then|already|finally|also|have|had|went|ahead|and|go|to|now|actually|even) ){0,3}`;
// A cancellation the customer asks for: "please get my order cancelled", "I need my appointment cancelled".
const ASKED = String.raw`(?:get|have|want|wants|wanted|need|needs|like|please|pls) (?:my|our|the|this|that) (?:(?!(?:my|our|the|this|that)\b)\S+ )?`;
// Faults of the product itself, as reviews name them; not after a negation ("not soggy at all").
const FAULT = String.raw`(?:soggy|undercooked|overcooked|lukewarm|burnt|moldy|mouldy|inedible|stale|rotten|cracked|shattered|frayed|dented|warped|rusty|rusted|peeling|shrunk|shrank|ripped|torn|stained|leaking|leaky|counterfeit|knockoff|mislabeled|unwearable|unplayable|unusable|snapped|wobbles|wobbly|wobbling|squeaks|squeaky|squeaking|rattles|rattling|clogs|clogged|clogging|overheats|overheating|overheated|flimsy|filthy|dirty)`;
// Falling to pieces: "came apart", "the sole came loose".
const APART = String.raw`(?:came|comes|coming|fell|falls|falling) (?:apart|loose)`;
const NEGATED = String.raw`(?:not|no|never|without|isnt|wasnt|arent|werent|hardly|zero|nothing|none|doesnt|dont|didnt|wont|hasnt|havent|hadnt|cant|couldnt|wouldnt)`;
// Words a fault word names something else with: "burnt orange", "cracked pepper", "stained glass".
const NOT_FAULT_AFTER = String.raw`(?:out|between|up|me up|rich|chai|orange|ends|pepper|glass|jeans|denim|abs|acl|record|records|clean)`;
// Praise after a text unlike its picture: "nothing like the picture, it's even nicer in person".
const BETTER = String.raw`(?:better|nicer|prettier|lovelier|love|loving|gorgeous|beautiful|great|amazing)`;
// A job left undone ("the technician didn't fix the leak"), not by the customer ("I didn't clean it").
const UNDONE = String.raw`(?:(?:bother|try|attempt|manage) to )?(?:fix|repair|clean|complete|install|replace|(?:show|showed|turn|turned) up|show(?! (?:me|us|you|any|anything|the|my|your|a|an|it|on|that|what|how|in|up)\b)|finish(?= (?:the |my |our |his |her )?(?:job|work|install\w*|repair\w*|fitting|kitchen|bathroom|roof|wiring)\b))`;

// A fear, a condition or a doubt, not a fault: "worried it would start peeling", "if it doesn't seal".
const FEARED = String.raw`(?:if|whether|case|worried|afraid|scared|concerned|hope|hoping|unless|until|thought|expected|expecting|wondering)`;
// Faults reviews tell as events, each with what it needs to be one (a review found each looser form in praise).
const EVENTS = [
  // Wearing out: "started peeling", "began to leak"; not "started to fade" (acne), "break in" or "tearing up".
  String.raw`(?:started|starting|began|begun|begins|starts) (?:to )?(?:peel|peeling|fray|fraying|crack|cracking|leak|leaking|rust|rusting|pill|pilling|wobble|wobbling|squeak|squeaking|flicker|flickering|sag|sagging|flake|flaking|chip|chipping|fall apart|falling apart|come apart|coming apart|overheat|overheating|rattle|rattling|warp|warping|unravel|unraveling|unravelling|malfunction|malfunctioning)`,
  // A part coming off ("the buttons fell off", "the paint is already chipping off the handle"), not a
  // stain or a sticker meant to ("came off easily").
  String.raw`(?:handle|handles|strap|straps|button|buttons|sole|soles|heel|heels|leg|legs|wheel|wheels|knob|knobs|paint|coating|finish|plating|veneer|trim|clasp|hinge|hinges|buckle|zipper|zip|arm|arms) (?:\S+ ){0,2}(?:came|comes|coming|fell|falls|falling|peeled|peeling|peels|flaked|flaking|chipped|chipping|wore|broke|snapped|popped) off(?! (?:easily|easy|cleanly|in seconds|without|for))`,
  // A device dying ("the battery died"); "it", "mine" or a phone only with how soon ("mine died after a
  // week"), since "my phone died" is often the customer's own bad luck and "mine died" may be a pet.
  String.raw`(?:battery|batteries|charger|motor|bulb|bulbs|earbud|earbuds|headphones|laptop|printer|remote|controller|blender|toaster|kettle|vacuum|router|keyboard|mouse|camera|fridge|freezer|washer|dryer|microwave|heater|pump|drill) (?:\S+ ){0,2}died|(?:it|mine|phone) (?:\S+ ){0,2}died (?:after|within|in (?:a|one|two|three|<num>|less)|the (?:day|week|month|next)|a (?:day|week|month)|on me)`,
  // Splitting: "the seam split", "the inner bag had split open"; not a bill, a vote or a stock.
  String.raw`(?:seam|seams|sole|soles|zipper|zip|stitching|fabric|leather|bag|box|lid|handle|strap|crotch|pants|jeans|trousers|shorts|case|hose|tube) (?:\S+ ){0,2}split`,
  // Smelling or tasting of what it should not ("smells like chemicals", "tastes burnt"); not "smells like
  // nothing" (fragrance free) or "tastes like smoke" (barbecue).
  String.raw`(?:smells?|smelled|smelling|smelt|stinks|stank|reeks|reeked|tastes?|tasted|tasting) (?:\S+ )?(?:like|of) (?:cigarettes?|cigarette smoke|chemicals?|plastic|gasoline|petrol|mold|mould|mildew|pee|urine|sewage|bleach|rubber|paint|cardboard|metal|garbage|trash|rotten|fish|mothballs)|(?:smells?|smelled|smelt|tastes?|tasted) (?:off|funny|weird|musty|rancid|stale|burnt)`,
  // Short of what was claimed: "nowhere near the 20 hours they claim"; not "nowhere near as bad".
  String.raw`nowhere near (?:the (?:\S+ ){0,3}(?:advertised|claimed|claim|claims|promised|stated|listed|quoted)|what (?:\S+ ){0,2}(?:advertised|claimed|claim|claims|promised|described|pictured))`,
  // Fabric that should not be: "the material is see-through"; not "love the see-through case".
  String.raw`(?:is|are|was|were|completely|totally|basically|practically|almost|so|very) see through`,
  // A short life: "only lasted three months"; not "the sale only lasts a day".
  String.raw`(?:only lasted|lasted only|lasted just|barely lasted)`,
].join('|');
// What a product fails to do: "doesn't seal", "won't stay closed", "didn't hold a charge"; not "won't
// last" (a sale, cookies eaten), "doesn't fit" (most brands don't, these do) or "doesn't close till 2am".
const FAILS_TO = String.raw`(?:doesnt|dont|didnt|wont|wouldnt|does not|do not|did not|will not|would not) (?:even |properly |really )?(?:seal|latch|zip|stay (?:on|in|up|closed|shut|put|charged|together|connected|cold|hot)|hold (?:a charge|its shape|air|a seal|temperature))`;

// A review's verdicts that warn others off (see 'warns others off').
const WARNINGS = [
  String.raw`(?:do not|dont) (?:ever )?(?:buy|order|purchase|bother|waste your (?:money|time)|recommend)`,
  String.raw`(?:would|will|do) not (?:recommend|buy (?:\S+ )?again|order (?:\S+ )?again)|(?:wouldnt|dont) recommend`,
  String.raw`(?:wont|would never|will never) (?:buy|order|fly|book|shop|recommend)(?: (?:\S+ ){0,3}again)?|never again`,
  String.raw`not worth (?:it|the|a|your|my)|save your money|stay away|avoid (?:this|these|them|it|at all costs|like the plague)`,
  String.raw`(?:returned|returning|sent|sending) (?:it|them|this|these) back|waste of (?:money|time)`,
].join('|');

const PLAIN: readonly PlainComplaint[] = [
  {
    label: 'lost by them',
    needs: ['lost', 'losing', 'misplaced', 'missing'],
    pattern: new RegExp(
      String.raw`\b(?:lost|losing|misplaced)(?<!\b${SELF} (?:\S+ )?\S+) (?:my|our|the|his|her|their) (?:\S+ )?${THING}\b|\b${THING} (?:was|were|got|has been|have been|is|are|went|has gone|have gone) (?:lost|missing)\b`,
    ),
  },
  {
    // By the company ("cancelled my flight", "my order was cancelled"), not by the customer ("I cancelled my order").
    label: 'cancelled by them',
    needs: ['cancelled', 'canceled'],
    pattern: new RegExp(
      String.raw`\bcancell?ed(?<!\b${SELF} ${OWN_WORDS}\S+)(?<!\b${IF} (?:\S+ )?\S+) (?:my|our|the|his|her|their) (?:\S+ )?${BOOKED}\b|\b(?:(?<!\b${ASKED})${BOOKED} |${BOOKED} (?:was|were|got|has been|have been|is|are|been|just got) )cancell?ed\b(?<!\b${IF} (?:\S+ ){1,4}\S+)`,
    ),
  },
  {
    label: 'wants money back',
    needs: ['back', 'refund'],
    pattern:
      /\b(?:want|need|demand|give me|get) (?:my|our|me my) money back\b|\b(?:want|need|demand) (?:a|my|our) (?:full )?refund\b/,
  },
  {
    // A review's verdict warning others off: "do not buy", "would not recommend", "save your money",
    // "never again", "sent it back"; not "can't recommend it enough", "if you don't buy now", "not a
    // waste of money", or praise by comparison ("don't waste your money on expensive brands, this works").
    label: 'warns others off',
    needs: words('buy order purchase bother waste recommend again fly book shop worth save away avoid back'),
    pattern: new RegExp(
      String.raw`(?<!\b${FEARED} (?:\S+ ){0,4})(?<!\b${NEGATED} (?:\S+ ){0,3})\b(?:${WARNINGS})\b(?! (?:\S+ ){0,6}(?:other|others|another|instead|elsewhere|else|expensive|pricier|cheaper|cheap ones|knockoffs?|name brand|brand name|competitors?)\b)`,
    ),
  },
  {
    label: 'wrong item',
    needs: ['wrong'],
    pattern:
      /\b(?:wrong (?:item|items|order|size|product|colou?r|parcel|package)s? (?:was |were )?(?:delivered|sent|arrived|received|shipped)|(?:sent|delivered|shipped|gave) (?:me|us) (?:the )?wrong|(?:received|got) the wrong (?:item|order|size|product|colou?r|parcel|package))\b/,
  },
  {
    label: 'not as described',
    needs: words(
      'described advertised pictured shown listed stated picture pictures photo photos image images description listing ad advert ordered paid asked',
    ),
    pattern: new RegExp(
      String.raw`\b(?:not as (?:described|advertised|pictured|shown|listed|stated)|nothing like (?:the |its |their )?(?:picture|pictures|photo|photos|image|images|description|listing|ad|advert)|not what (?:i|we) (?:ordered|paid for|asked for))\b(?! (?:\S+ ){0,6}${BETTER}\b)`,
    ),
  },
  {
    // Not after a negation ("never had a soggy pizza"), and not "burnt out", "a bit rusty", "burnt
    // orange" or "stained glass": people and other things, not a faulty product.
    label: 'faulty product',
    needs: [...FAULT.slice(3, -1).split('|'), 'apart', 'loose'],
    pattern: new RegExp(
      String.raw`(?<!\b${NEGATED} (?:\S+ ){0,3})(?<!\b(?:if|whether|case|worried|afraid|scared|concerned) (?:\S+ ){0,4})(?<!(?<!\b(?:why|how) )\b(?:is|are) (?:the|these|those|they|it) (?:\S+ ){0,2})(?<!\b(?:bit|little|im|am) )\b(?!(?:cracked|ripped) open (?:a|an|my|the|one|some|another|this|our)\b(?<!\b(?:arrived|came|was|were|been|got|delivered) \S+ \S+ \S+))(?:${FAULT}\b(?! ${NOT_FAULT_AFTER}\b)|${APART}\b)`,
    ),
  },
  {
    // Faults reviews tell as events (see EVENTS), not after a negation ("never started peeling"), and
    // failures to do a job (FAILS_TO, negated itself); neither after a fear or a condition.
    label: 'faulty product',
    needs: words(
      'started starting began begun begins starts off died split smells smell smelled smelling smelt stinks stank reeks reeked tastes taste tasted tasting nowhere through lasted seal latch zip stay hold',
    ),
    pattern: new RegExp(
      String.raw`(?<!\b${FEARED} (?:\S+ ){0,4})(?:(?<!\b${NEGATED} (?:\S+ ){0,3})\b(?:${EVENTS})|\b${FAILS_TO})\b`,
    ),
  },
  {
    label: 'job not done',
    needs: words(
      'fix repair clean complete install replace show showed turn turned finish charged billed charging billing',
    ),
    pattern: new RegExp(
      String.raw`(?<!\b(?:i|we|id|ill|wed|youll|youd|would|will) )\b(?:didnt|did not|never|havent|hasnt|wont|couldnt) (?:even )?${UNDONE}\b|\bstill (?:being )?(?:charged|billed)\b|\bstill (?:charging|billing) (?:me|us|my|our|for)\b`,
    ),
  },
  {
    label: 'wants a human',
    needs: ['human', 'person', 'circles'],
    pattern:
      /(?<!\b(?<!\bbe (?:so )?)(?:refreshing|nice|pleasure|lovely|great|good|glad|happy|brilliant|love|loved) (?:to |that (?:i|we|you) can (?:still )?|(?:to )?be(?:ing)? able to ))\b(?:talk|speak|chat) (?:to|with) (?:a |an )?(?:real |actual )?(?:human|person)\b|\b(?:going|sent|sending|send|run|running|go) (?:me |us )?(?:round |around )?in circles\b/,
  },
  // Numbers are `<num>` in the token string: "thx 4 nothing".
  {
    label: 'thanks for nothing',
    needs: ['nothing'],
    pattern: /\b(?:thanks|thank you|thx) (?:for|<num>) nothing\b/,
  },
];

/** The logit shift one or more plain complaint phrases add. */
export const PLAIN_COMPLAINT_SHIFT = 1.5;

// Which phrases a text may hold, from the tokens each needs.
const GATE = new TokenGate(PLAIN.map((p) => p.needs));

/**
 * The label of the first plain complaint phrase in a text's tokens (lowercase), or undefined. A text
 * that says the problem was put right ("they replaced my cracked screen in a day, thanks") has none.
 */
export function plainComplaint(
  features: Pick<Features, 'tokens' | 'values'>,
  gated = true,
): string | undefined {
  const tokenString = features.tokens.join(' ');
  if (features.values.has(`k:${RESOLVED_CUE}`)) return undefined;
  // `gated` false runs every pattern, so that tests hold each `needs` list to its pattern.
  if (gated && !GATE.mark(features.tokens, tokenString)) return undefined;
  // In PLAIN's order, so that the first phrase found is the one named.
  for (let at = 0; at < PLAIN.length; at++) {
    if ((!gated || GATE.open(at)) && PLAIN[at].pattern.test(tokenString)) return PLAIN[at].label;
  }
  return undefined;
}
