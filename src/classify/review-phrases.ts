/**
 * How reviews tell a fault or warn others off without a fault word: "the buttons fell off", "doesn't
 * seal", "smells like chemicals", "do not buy", "sent it back". Each phrase carries what makes it one:
 * two reviews of looser forms found each in praise, advice, promotion or news ("the stain came off
 * easily", "don't buy the 128GB, the 256GB is worth it", "stay away from the sun this weekend"). They are
 * patterns over the token string (lowercase, apostrophes removed, "." and "," dropped, "!" and "?" kept),
 * used by plain-complaints.ts.
 */

import { NOT_CORE } from './negation-words.js';
import { oneOf } from './word-lists.js';

// Negations of an event: the core, "nt", "nothing", "without" and "zero"; not "no", so that "no joke,
// sent it back" still counts.
const NEGATOR = oneOf(`${NOT_CORE} nt nothing without zero`);
// A negation that denies the fault ("never started peeling", "hasn't even started peeling"), not a filler
// ("no joke", "not gonna lie") or another word ("not impressed, the handle fell off").
const DENIED = String.raw`(?<!\b${NEGATOR} (?!(?:gonna |going to )?lie\b|joke\b|kidding\b)(?:\S+ )?)`;
// Up to two words between a thing and what it did, none of them a negation ("the handle never came off").
const BETWEEN = String.raw`(?:(?!${NEGATOR}\b)\S+ ){0,2}`;
// A fear, a condition or a doubt, not a fault: "worried it would start peeling", "if it doesn't seal",
// "I thought the seams would split", a reply's "sorry to hear the strap came off". Hopes dashed ("was
// hoping for better") are complaints.
export const FEARED = String.raw`(?<!\b(?:if|whether|case|worried|afraid|scared|concerned|unless|thought|wondering|hear|heard) (?:\S+ ){0,4})`;
// Others, not this one: "most sunscreens smell like chemicals, this one smells amazing", "other lunchboxes
// don't seal", "cheap chargers don't hold a charge", "I'll never buy from another store again".
export const OTHERS_BEFORE = String.raw`(?<!\b(?:other|others|most|cheap|cheaper|many|all|typical|regular|normal|those|some|another) (?:\S+ ){0,3})`;
const OTHERS_AFTER = String.raw`(?! (?:\S+ ){0,8}(?:other|others|another|instead|anything else|expensive|pricier|cheaper|cheap ones|knockoffs?|name brand|brand name|competitors?|this one|these ones|anything but|nothing but|a cheap)\b)`;
// Asked, not told: "has anyone's sole started peeling?", "is the pro plan a waste of money?".
export const NOT_ASKED = String.raw`(?! (?:\S+ ){0,3}\?)`;
// Then praised after all: "everyone told me don't buy it, but I love it", "expected a waste of money but
// it's amazing", "kinda flimsy but it holds my plants fine".
// The praise may come up to four words after the "but", none of them a negation or someone's claim ("but
// it holds my plants fine", "but the room was spotless"; not "but not worth it" or "but the seller
// insists it's perfect").
export const THEN_PRAISED = String.raw`(?! (?:\S+ ){0,5}but (?:(?!(?:not|never|no|nt|isnt|wasnt|arent|werent|doesnt|dont|didnt|hardly|said|says|insist\w*|claim\w*|told|tells|apparently|supposedly|according)\b)\S+ ){0,4}(?:love|loving|amazing|great|worth|perfect|works|fine|brilliant|spotless|comfortable|comfy|gorgeous|beautiful|delicious|tasty|happy|glad|lovely|excellent|fantastic|awesome|solid|sturdy|cute|pretty|friendly|helpful)\b)`;
// Things that break in reviews; "it" and "mine" only where a phrase says so.
const PART = String.raw`(?:handle|handles|strap|straps|button|buttons|key|keys|sole|soles|heel|heels|leg|legs|wheel|wheels|knob|knobs|trim|clasp|hinge|hinges|buckle|zipper|zip|lid|cap|clip|hook|stone|stones|gem|gems)`;
// Surfaces wear off rather than come off: "the paint came off with stripper" is praise.
const SURFACE = String.raw`(?:paint|coating|finish|plating|veneer|print|design|colou?r|gold|silver)`;
const DEVICE = String.raw`(?:backlight|screen|display|battery|batteries|charger|motor|bulb|bulbs|earbud|earbuds|airpods|headphones|speaker|laptop|tablet|tv|console|watch|unit|printer|remote|controller|blender|toaster|kettle|vacuum|router|keyboard|mouse|camera|fridge|freezer|washer|dryer|microwave|heater|pump|drill|it|mine)`;
// How soon something died: "died after a week", "died on me", "died the day after"; not "died after 15
// years of service" or "after about 10 hours" (a phone on maps all day).
const SOON = String.raw`(?:(?:after|within|in) (?:a|an|one|two|three|four|five|six|<num>|only|just|less than|the first|a few) (?:hours?|days?|weeks?|months?|uses?|charges?|wears?|washes?|times?)|already|on me|on us|on day|the (?:day|week|month|next)|a (?:day|week|month))`;

// What runs on a charge, named: not "it" or "this" ("It only lasts an hour so bring snacks").
const CHARGED_THING = String.raw`(?:battery|batteries|charge|charger|power bank|backlight|earbuds|airpods|headphones|speaker|laptop|tablet|watch|controller|remote|camera|vacuum|drill|flashlight|torch)`;
// A short while, in hours or less: "an hour", "about 2 hours", "half an hour", "a couple of hours".
const SHORT_SPAN = String.raw`(?:about |around |roughly |under |less than |like |maybe |only |just )?(?:an?|one|two|three|<num>|half an?|a couple(?: of)?|a few) (?:hours?|hrs?|minutes|mins)\b`;

/** Faults told as events, one kind a line. */
const EVENTS = [
  // Wearing out: "started peeling", "began to rattle"; not "started to fade" (acne), "started flaking"
  // (friends), "started leaking" (photos), "started to unravel" (a story), "crack down", "break in" or
  // "tearing up".
  String.raw`(?:started|starting|began|begun|begins|starts) (?:to )?(?:peel|peeling|fray|fraying|crack(?:ing)?(?! (?:down|up)\b)|rust|rusting|pill|pilling|wobble|wobbling|squeak|squeaking|flicker|flickering|sag|sagging|chip(?:ping)?(?! in\b)|fall apart|falling apart|come apart|coming apart|overheat|overheating|rattle|rattling|warp|warping|malfunction|malfunctioning|separate|separating|delaminate|delaminating|tear(?:ing)?(?! up\b))`,
  // A part coming off ("the buttons fell off", "the handle came off the pot") or a surface wearing off
  // ("the paint is already chipping off"); not one meant to ("the strap comes off easily so you can wash
  // it").
  String.raw`(?:${PART} ${BETWEEN}(?:came|comes|coming|fell|falls|falling|broke|snapped|popped) (?:off|out)|${SURFACE} ${BETWEEN}(?:peeled|peeling|peels|flaked|flaking|chipped|chipping|wore|wearing|rubbed|rubbing) off)(?! (?:easily|easy|cleanly|in seconds|without|so|for easy|for cleaning|to clean)\b)`,
  // Seams and soles giving way: "the seams came undone", "the soles wore through".
  String.raw`(?:seam|seams|stitching|stitches|hem|laces|sole|soles|heel|heels|fabric|knees) ${BETWEEN}(?:came|come|coming|comes) undone|(?:sole|soles|heel|heels|fabric|knees|elbows) ${BETWEEN}(?:wore|worn|wearing) through`,
  // A device dying soon ("the motor died after 3 uses", "mine died the day after"); not "my laptop died so
  // I bought a Dell" or a person's death.
  String.raw`${DEVICE} ${BETWEEN}died ${SOON}`,
  // Arriving broken: "arrived dead", "arrived dented", "dead on arrival", "arrived with a huge scratch",
  // "came with a dead pixel"; not "came with a scratch-resistant screen" or "a stain remover".
  String.raw`arrived (?:dead|dented|bent|crushed|squashed|melted|defective|damaged|broken|cracked|shattered|used|scratched|scuffed|chipped|torn|ripped|stained|smashed|leaking|covered in scratches)|dead on arrival|doa|(?:arrived|came|delivered) (?:with|having) (?:a |an |two |several |multiple |some |a few )?(?:huge |big |large |deep |visible |noticeable |small |tiny |massive |giant |ugly |obvious |long )?(?:scratch|scratches|dent|dents|crack|cracks|hole|holes|stain|stains|tear|tears|rip|chip|chips|scuff|scuffs|dead pixels?)\b(?! (?:resistant|proof|free|guard|protector|remover|resistance|off|card|cards|and win|punch|team|in (?:my|his|her|our|their) eyes?|of joy)\b)`,
  // Splitting where a seam or sole does ("the seam split on the second wear", "the bag had split open");
  // not "split it with my sister", "we split the bill", "how to handle a stock split" or "Republicans
  // split on".
  String.raw`(?:^|\b(?:the|my|its|their|his|her|one|both|left|right|inner|outer|back|front) )(?:\S+ )?(?:seam|seams|sole|soles|zipper|zip|stitching|fabric|leather|bag|lid|handle|strap|crotch|pants|jeans|trousers|shorts|hose|tube) ${BETWEEN}split(?: (?:open|apart|at|along|down|in half|after|within|when|(?:on )?(?:the )?(?:first|second|third|day))\b|$)`,
  // Smelling or tasting of what it should not ("the room smelled like smoke", "tastes burnt"); not "smells
  // like nothing" (fragrance free), "tastes like smoke" (barbecue), "actually tastes like fish" (vegan
  // tuna) or a question ("does it smell off?").
  String.raw`(?<!\b(?:does|do|did|is|should|will|would|actually) (?:\S+ ){0,3})(?:(?:smells?|smelled|smelling|smelt|stinks|stank|reeks|reeked) (?:\S+ )?(?:like|of) (?:smoke|gas)|(?:smells?|smelled|smelling|smelt|stinks|stank|reeks|reeked|tastes?|tasted|tasting) (?:\S+ )?(?:like|of) (?:cigarettes?|cigarette smoke|chemicals?|plastic|gasoline|petrol|mold|mould|mildew|pee|urine|sewage|bleach|rubber|paint|cardboard|metal|garbage|trash|rotten|fish|mothballs)|(?:smells?|smelled|smelt|tastes?|tasted) (?:off|funny|weird|musty|rancid|stale|burnt))`,
  // A battery that runs down soon ("Battery dies in an hour.", "drains within 2 hours", "only lasts 3
  // hours"); not "lasts 10 hours" (said without "only"), "dies after a full day" or "the party only lasts 2
  // hours".
  String.raw`${DEVICE} ${BETWEEN}(?:dies|drains|died|drained|dying|draining|goes flat|went flat) (?:in|after|within) ${SHORT_SPAN}(?! (?:\S+ ){0,3}because (?:i|we)\b)|(?:(?:${CHARGED_THING}) ${BETWEEN}|^)(?:only|barely) (?:lasts|lasted|last|lasting|holds (?:a )?charge for|held (?:a )?charge for|stays charged for) ${SHORT_SPAN}`,
  // Short of what was claimed: "nowhere near the 20 hours they claim"; not "nowhere near as bad".
  String.raw`nowhere near (?:the (?:\S+ ){0,3}(?:advertised|claimed|claim|claims|promised|stated|listed|quoted)|what (?:\S+ ){0,2}(?:advertised|claimed|claim|claims|promised|described|pictured))`,
  // Cloth that should not be: "the fabric is see-through"; not "the lid is see-through so I can see".
  String.raw`(?:fabric|material|shirt|dress|top|leggings|pants|skirt|blouse|lining|it|they) (?:is|are|was|were) (?:completely |totally |basically |practically |almost |so |very )?see through`,
].join('|');

// "Does not" and its kin, but "don't": that one is also an imperative ("don't stay in tonight").
const NOT_DO = String.raw`(?:doesnt|didnt|wont|wouldnt|does not|did not|will not|would not)`;
/**
 * What a product fails to do, after what failed ("the lid won't close", "the socks don't stay up", "it
 * didn't hold a charge", "Doesn't hold up after washing."); not the writer ("I won't stay up tonight"),
 * an invitation ("Don't stay in tonight"), a sale ("won't last") or opening hours ("the kitchen doesn't
 * close till 2am").
 */
const FAILS_TO = String.raw`(?:(?:lid|lids|door|doors|drawer|drawers|zipper|zip|case|flap|window|windows|it|they) (?:\S+ )?(?:dont|do not|${NOT_DO}) (?:even |properly )?close|(?<!\b(?:i|we|you|ill|well|youll|id|wed|im|lets|please|pls) )(?:(?<=\S )(?:dont|do not)|${NOT_DO}) (?:even |properly |really )?(?:seal|latch|zip|stay (?:on|in|up|closed|shut|put|charged|together|connected|cold|hot)|hold (?:a charge|its shape|air|a seal|temperature|up (?:well|after|to|at all)\b)))`;

// The words a FAULT_EVENT match may start with (or the text's start): the guards, which look back, then run
// there only, not at every character of the text.
const FIRST = String.raw`(?:${PART}|${SURFACE}|${DEVICE}|started|starting|began|begun|begins|starts|seam|seams|stitching|stitches|hem|laces|fabric|knees|elbows|arrived|came|delivered|dead|doa|the|my|its|their|his|her|one|both|left|right|inner|outer|back|front|leather|bag|crotch|pants|jeans|trousers|shorts|hose|tube|smells?|smelled|smelling|smelt|stinks|stank|reeks|reeked|tastes?|tasted|tasting|nowhere|only|barely|material|shirt|dress|top|leggings|skirt|blouse|lining|they|lids|door|doors|drawer|drawers|case|flap|window|windows|dont|do|doesnt|does|didnt|did|wont|will|wouldnt|would)`;

/** A fault told as an event or a failure to do its job, as one pattern source. */
export const FAULT_EVENT = String.raw`(?:^|\b(?=${FIRST}\b))${FEARED}${OTHERS_BEFORE}(?:${DENIED}\b(?:${EVENTS})|\b${FAILS_TO})\b${NOT_ASKED}${OTHERS_AFTER}${THEN_PRAISED}`;
/** Tokens every FAULT_EVENT match holds one of (see PlainComplaint.needs). */
export const FAULT_EVENT_NEEDS =
  'started starting began begun begins starts off out undone through died arrived arrival doa scratch scratches dent dents crack cracks hole holes stain stains tear tears rip chip chips scuff scuffs pixel pixels split hour hours hr hrs minutes mins smells smell smelled smelling smelt stinks stank reeks reeked tastes taste tasted tasting nowhere close seal latch zip stay hold';

// What a verdict is about: this product or seller, or nothing more ("Do not buy.").
const THIS = String.raw`(?: (?:this|these|it|them|here|from (?:this|these|them|here|this \S+))\b|$| !)`;

/** Verdicts that warn others off, one kind a line. */
const WARNINGS = [
  // "Do not buy.", "don't buy this", "don't order from them"; not "don't buy the first size you see" or
  // "I don't buy it" (disbelief).
  String.raw`(?<!\b(?:i|we|you|they|he|she) )(?:do not|dont) (?:ever )?(?:buy|order|purchase|bother|recommend)${THIS}`,
  String.raw`(?:do not|dont) waste your (?:money|time)`,
  // "Would not recommend", "wouldn't buy again", "won't be buying again", "we won't be back".
  String.raw`(?:would not|will not|wouldnt|wont|never) (?:recommend|be recommending)${THIS}`,
  String.raw`(?:would not|will not|wouldnt|wont|would never|will never|never) (?:be )?(?:buy|buying|order|ordering|fly|flying|book|booking|shop|shopping|use|using) (?:(?!(?:another|other|anything|a cheap)\b)\S+ ){0,3}again`,
  String.raw`(?:wont|will not|never) be back(?: again| ever)?(?:$| !)|(?:wont|will not|never) be returning(?:$| !)|buyer beware`,
  // "Never again." at the end, or said of buying ("never again will I order from them"); not "I'll never
  // again doubt @acme", "never again will I eat 20 wings" or "never again, we remember".
  String.raw`never again(?:$| !| (?:will|would) (?:i|we) (?:buy|order|fly|book|shop|use|stay|return|visit)\b| (?:buying|ordering|flying|booking|using|shopping|staying|eating|with|from)\b)`,
  String.raw`(?<!\b(?:im|i am|youre|you are|we are|were|hes|shes) )not worth (?:it|the money|the price|the cost|your money|the hype|a penny|a cent|buying)`,
  String.raw`(?<!\bto )save your money(?! (?:with|on|by|for|using|this)\b)`,
  String.raw`stay away${THIS}`,
  // "Avoid!", "avoid this seller"; not "to avoid this in future, clear your cache".
  String.raw`^avoid(?:$| !)|(?<!\b(?:to|can|could|help|helps|will|would) )avoid (?:this|these|them|at all costs|like the plague)\b(?! (?:in|next|from now)\b)`,
  // Returned ("sent it back", "I returned it", "returned it."); not an exchange ("sent them back for a
  // different colour") or a message passed on ("sent it back to my sister").
  String.raw`\b(?:i|we|so|and|just|already|immediately) (?:returned|sent back) (?:it|them)\b(?! for (?:a |an )?(?:different|another|smaller|bigger|larger)\b| to (?:my|his|her|our)\b| (?:and|to) (?:got|get|exchange|exchanged|swap|swapped)\b)|(?:returned|returning|sent|sending) (?:it|them|this|these) back(?! for (?:a |an )?(?:different|another|smaller|bigger|larger)\b| to (?:my|his|her|our)\b)|(?:returned|returning) (?:it|them)$`,
  // "A waste of money", "Waste of time." after a complaint; not "not a waste of money" or "meetings are
  // such a waste of time".
  String.raw`(?<!\b(?:not|no|never|isnt|wasnt|arent) (?:a |an |such a |really a )?)waste of money|(?:^|\b(?:total|complete|absolute|utter|what a|ever) )(?:a )?waste of time`,
].join('|');

// The words a WARNING match may start with (see FIRST).
const FIRST_WARNING = String.raw`(?:do|dont|would|will|wouldnt|wont|never|not|save|stay|avoid|returned|returning|sent|sending|waste|total|complete|absolute|utter|what|ever|a|buyer|i|we|so|and|just|already|immediately)`;

/** A verdict warning others off, as one pattern source. */
export const WARNING = String.raw`(?:^|\b(?=${FIRST_WARNING}\b))${FEARED}\b(?:${WARNINGS})${NOT_ASKED}${OTHERS_AFTER}${THEN_PRAISED}`;
/** Tokens every WARNING match holds one of. */
export const WARNING_NEEDS =
  'buy buying order ordering purchase bother waste recommend recommending again fly flying book booking shop shopping use using back worth save away avoid returned returning beware';

// What "expected more" may be followed by when it is about the product or service ("expected more
// from this brand", "expected more legroom"), not "expected more rain" or "expected more people".
const MORE_OF = String.raw`(?:from|for|of|out|at|in|on|with|here|this|these|it|i|we|you|they|got|get|paid|was|is|really|overall|especially|since|unfortunately|tbh|honestly|to|though|tho|but|and|so|sadly|imo|lol|given|considering|when|service|quality|food|value|customer|experience|support|care|communication|effort|performance|hospitality|treatment|standards|taste|battery|options|choice|variety|legroom|space|flavou?r|portions?|features|attention|professionalism|respect)`;
const EXPECTED_MORE = String.raw`\bnot what (?:i|we) (?:was|were) (?:hoping|expecting) for\b|(?<!\b(?:than|what|exceeded|beyond) (?:\S+ ){0,2})\b(?:expected|(?:was|were) expecting|(?:was|were|had been) hoping for|hoped for) (?:(?:so|much|a lot|way|far|a little|a bit|something|even|a whole lot) ){0,2}(?:better|more)\b(?! than| people| of you\b| of an? (?:wait|queue|line|crowd|fight|hassle|struggle)\b| from (?:me|myself|us|ourselves)\b| (?!${MORE_OF}\b)[a-z]\S*)`;
// "I wanted to love this"; not "wanted to love it and I do" or "… and it turned out great".
const WANTED_TO_LOVE = String.raw`(?:^|\b(?:i|we) )(?:(?:really|so|truly|honestly) ){0,2}wanted to (?:like|love) (?:it|this|them|these|the \S+)\b(?! (?:\S+ ){0,2}(?:and|&) (?:(?:i|we|it|they) (?:do|did|does|is|was|turned out|turns out|really|totally|absolutely|definitely)|(?:it )?turn(?:s|ed) out|it (?:did not|didnt) disappoint|im happy)\b)`;

/**
 * Let down, as one pattern source: "for this price I expected much better", "expected so much more from
 * @acme", "not what I was hoping for", "I wanted to love this"; not "better than I expected. More room
 * too", "I expected more rain", "anyone hoping for better battery?" or "expected better but it's great".
 */
export const LET_DOWN = String.raw`(?:^|\b(?=(?:expected|was|were|hoping|hoped|i|we|really|so|wanted|not|had)\b))${FEARED}(?:${EXPECTED_MORE}|${WANTED_TO_LOVE})${NOT_ASKED}${THEN_PRAISED}`;
