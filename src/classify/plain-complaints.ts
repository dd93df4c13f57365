/**
 * Plain complaints that the dev tweets hold too seldom to teach the model: a company losing the
 * customer's bag or parcel, cancelling their flight or order, a wrong item delivered, "I want my money
 * back", "thanks for nothing", and faults of the product as reviews name them ("soggy", "not as
 * described") or tell them ("started peeling", "doesn't seal"). The dev tweets name a cancelled flight
 * or order 9 times. In the dev file "lost" is mostly a reply's "lost my mind" or a customer's own loss,
 * so the model learned the word as a sign of no complaint. Each of these phrases adds a logit shift set
 * by hand, as the star ratings do; they fire on a few dev texts only, and cross-validation with them is
 * no worse.
 */

import { RESOLVED_CUE } from './cues.js';
import {
  FAULT_EVENT,
  FAULT_EVENT_NEEDS,
  FEARED,
  LET_DOWN,
  NOT_ASKED,
  OTHERS_BEFORE,
  THEN_PRAISED,
  WARNING,
  WARNING_NEEDS,
} from './review-phrases.js';
import { NOT_CORE } from './negation-words.js';
import { oneOf } from './word-lists.js';
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
  /** Not in a text that praises and names no problem ("Paid for the spa day and got pampered"). */
  notInPraise?: boolean;
  /** The reason is the words the pattern's first group matched ("too small") rather than `label`. */
  named?: boolean;
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
const FAULT = String.raw`(?:soggy|undercooked|overcooked|lukewarm|burnt|moldy|mouldy|inedible|stale|rotten|cracked|shattered|frayed|dented|warped|rusty|rusted|peeling|shrunk|shrank|ripped|torn|stained|leaking|leaky|counterfeit|knockoff|mislabeled|unwearable|unplayable|unusable|snapped|wobbles|wobbly|wobbling|squeaks|squeaky|squeaking|rattles|rattling|clogs|clogged|clogging|overheats|overheating|overheated|flimsy|filthy|dirty|sagging|saggy|jammed|jamming)`;
// Falling to pieces: "came apart", "the sole came loose".
const APART = String.raw`(?:came|comes|coming|fell|falls|falling) (?:apart|loose)`;
// Negations of a fault: the core, "no", "without", "hardly", "zero", "nothing" and "none".
const NEGATED = oneOf(`${NOT_CORE} no without hardly zero nothing none`);
// Words a fault word names something else with: "burnt orange", "cracked pepper", "stained glass".
const NOT_FAULT_AFTER = String.raw`(?:out|between|up|me up|rich|chai|orange|ends|pepper|glass|jeans|denim|abs|acl|record|records|clean)`;
// What a product was shown or sold by.
const PICTURE = String.raw`(?:picture|pictures|photo|photos|image|images|description|listing|ad|advert|website|site|video)`;
const PICTURE_SAYS = String.raw`(?:pictured|shown|advertised|described|listed)`;
// Less than it looked: "smaller than it looks in the pictures", "thinner than advertised".
const SMALLER = String.raw`(?:smaller|tinier|thinner|shorter|flimsier|cheaper|duller|darker|looser|tighter|narrower)`;
// Praise or a bonus after what was got: "got 10% off", "got a whole row to myself", "got seconds".
const BONUS = String.raw`(?:great|amazing|perfect|lovely|nice|good|excellent|best|fast|quick|quickly|early|promptly|free|off|discount|half price|half off|too|also|both|worth|myself|ourselves|compliments|seconds|bonus|complimentary|welcome|private|pampered|thanks|thank|easily|decent)`;
// What the thing got in place of what was paid for is not: "got it", "got upgraded", "got a refund".
const NOT_SWAPPED = String.raw`(?:it|them|this|these|that|one|exactly|just|what|everything|both|all|lots|many|so|tons|compliments|upgraded|an upgrade|a free|free|extra|bonus|delivered|seated|refunded|confirmed|confirmation|a confirmation|a call|an email|a text|a reply|a response|a refund|my|our|here|there|back|to|in|on|within|the next|same|the same|a discount|discount|a lot|plenty|sick|home)`;
// What should not be in food, and the food.
const FOREIGN =
  'hair hairs plastic glass metal bone bones bug bugs insect insects fly flies cockroach cockroaches roach roaches worm worms maggot maggots mold mould stone stones staple bandaid eggshell eggshells fingernail fingernails nail rock rocks screw screws wire'
    .split(' ')
    .join('|');
const FOOD = String.raw`(?:food|meal|soup|burger|burrito|salad|sandwich|sub|pizza|drink|coffee|tea|rice|bowl|dish|cereal|bread|fries|chips|noodles|pasta|curry|wrap|taco|tacos|order|plate|smoothie|shake|dessert|cake|yogurt|yoghurt|chicken|steak|fish|sushi|pie|cookie|cookies|biscuits|nuggets|wings|omelette|oatmeal|porridge|lunch|dinner|breakfast|takeaway|takeout|delivery)`;
// Praise after a text unlike its picture: "nothing like the picture, it's even nicer in person".
const BETTER = String.raw`(?:better|nicer|prettier|lovelier|love|loving|gorgeous|beautiful|great|amazing|easier|prefer|bonus|perfect|spotless)`;
// A job left undone ("the technician didn't fix the leak"), not by the customer ("I didn't clean it").
const UNDONE = String.raw`(?:(?:bother|try|attempt|manage) to )?(?:fix|repair|clean|complete|install|replace|(?:show|showed|turn|turned) up|show(?! (?:me|us|you|any|anything|the|my|your|a|an|it|on|that|what|how|in|up)\b)|finish(?= (?:the |my |our |his |her )?(?:job|work|install\w*|repair\w*|fitting|kitchen|bathroom|roof|wiring)\b))`;

// What a product or service can be too much of, in reviews: size and fit, the senses, effort and price.
const DEGREE =
  'small big large tight loose short narrow wide thin thick heavy bulky baggy tiny loud noisy bright dim salty sweet greasy oily sour bitter watery bland dry stiff flimsy fragile slippery itchy scratchy sticky slow expensive pricey complicated confusing fiddly';
// What there can be too much of: "way too many ads", "too much sugar".
const EXCESS =
  'ads adverts advertisements popups notifications bugs glitches crashes fees charges steps clicks updates permissions sugar salt oil grease ice noise packaging plastic cheese sauce dressing mayo spam emails calls texts';
// People, pets and the writer's own doing rather than the product ("she's getting way too big", "my
// toddler is too loud", "I ate too much cheese"), a hedge ("might be too tight for some"), a saying
// ("life's too short", "too big to fail", "the gap is too wide") or a question ("Is the medium too tight
// for someone who's 5'10?"). Not "were": "the shoes were too narrow".
const PEOPLE =
  'kid kids toddler baby babies son daughter brother sister mum mom dad husband wife boyfriend girlfriend friend friends neighbour neighbours neighbor neighbors people guests cat dog puppy kitten hair handwriting backpack me';
const DEGREE_NOT_BEFORE = String.raw`(?:im|i am|i was|youre|you are|ur|u r|hes|shes|he is|she is|theyre|they are|we are|we were|might|may|could|life|lifes|life is|days|gap|line|margin|dream|think|spread|stretched|getting|put|ate|eat|eating|made|added|drank|drink|${oneOf(PEOPLE)})`;
const DEGREE_NOT_AFTER = String.raw`(?:to (?:fail|notice|matter|care|worry|mention|complain|resist|pass up|ignore)|of (?:you|u|them|him|her)|for (?:most|some|anyone|her|him)|fan|fans|deal|plus|bonus|thanks|thank|win|shoutout)`;
const ASKED_FIRST = String.raw`(?<!^(?:is|are|was|will|would|does|do|should|could|can)\b(?: \S+){0,6} )`;
// What a product was once and is no longer: "used to be my favorite app", "I used to love this place";
// not people ("my grandad used to be a fantastic dancer"), a memory ("remember when MySpace used to be
// fun") or a song.
const ONCE_GOOD = String.raw`(?:good|great|fun|amazing|awesome|reliable|decent|best|favou?rite|go to|excellent|fantastic|brilliant|nice|affordable|fast|simple|easy|useful|worth it)`;
const LOVED = String.raw`(?:place|app|restaurant|brand|store|shop|hotel|service|product|company|airline|bank|site|website|game|coffee|food|menu|chain|show)`;
const DECLINE = String.raw`(?<!\bremember when (?:\S+ ){0,2})\b(?:(?<!\b(?:he|she|i|im|you|we|grandad|grandpa|grandma|dad|mum|mom|my \S+) )used to be (?:(?:so|really|very|the|my|a|an|such|pretty|actually|quite|fairly) ){0,2}${ONCE_GOOD}|(?:i|we) used to (?:really )?(?:love|like|enjoy) (?:(?:this|the|your|their) ${LOVED}|(?:shopping|ordering|flying|coming|eating|staying) (?:here|there|with))|(?:has |have )?(?:gone|going|went|goes) (?:completely |way |really |seriously |so far |rapidly |steadily )?downhill|(?:not|isnt|arent|wasnt) what (?:it|they|this place|this app|the \S+) used to be)\b(?! (?:\S+ ){0,12}(?:still|even better|and is|always will)\b)`;
// What a box should have held: "came without the remote", "arrived without instructions", "screws
// missing"; not "came without onions as requested", "showed up without my wallet" or "missing parts of
// the story".
const PARTS = String.raw`(?:remote|charger|cable|cord|manual|instructions|screws|bolts|batteries|battery|lid|cap|case|packaging|parts|hardware|accessories|adapter|plug|strap|stand|base|filter|sauce|dressing|cutlery|utensils|fries|side|sides)`;
const MISSING = String.raw`(?:\b(?:came|arrived|shipped|delivered|comes|come|showed up|turned up) without (?:the |a |an |any |its |their )?${PARTS}\b|\b(?:parts?|pieces?|screws?|bolts?|instructions|remote|charger|cable|manual|accessories|lid|batteries|hardware) (?:was |were |are |is )?missing\b|\bmissing (?:parts(?! of\b)|pieces(?! of\b)|screws|bolts|hardware|the (?:remote|charger|cable|manual|instructions|screws|parts|lid|batteries|hardware)\b))(?! (?:\S+ ){0,4}(?:as (?:requested|asked|ordered)|like (?:i|we) asked)\b)`;
// The words a MISSING match starts with: the guards, which look back, run there only.
const MISSING_FIRST = String.raw`(?:came|arrived|shipped|delivered|comes|come|showed|turned|parts?|pieces?|screws?|bolts?|instructions|remote|charger|cable|manual|accessories|lid|batteries|hardware|missing)`;
// A connection that keeps failing: "Internet drops every evening at 8pm", "the wifi keeps cutting out";
// not "never drops" or "if the signal drops".
const LINE = String.raw`(?:internet|wifi|wi fi|connection|signal|service|broadband|call|calls|line|network|stream|video|audio|bluetooth)`;
const DROPS = String.raw`\b(?=${LINE} )(?<!\b${NEGATED} (?:\S+ ){0,2})${LINE} (?:(?:keeps?|kept|constantly|always|randomly|still) )?(?:drops|dropping|dropped|cuts out|cutting out|cut out|goes down|going down|goes out|disconnects|disconnecting)\b(?! (?:to|by|from|off|below|under)\b)`;
// A price that went up on the customer: "my bill went up $20", "the renewal quote was double"; not "prices
// haven't gone up in years", "went up slightly", interest rates or "worried the premium will go up".
const PRICED = String.raw`(?:price|prices|premium|premiums|bill|bills|rate|rates|fee|fees|subscription|renewal|quote|cost|costs|rent|plan)`;
const PRICE_UP = String.raw`\b(?=${PRICED} )(?<!\b(?:interest|mortgage|tax|exchange|inflation) )${PRICED}(?: (?!${oneOf(NOT_CORE)}\b)\S+){0,2} (?:went up|gone up|goes up|keeps going up|keep going up|doubled|tripled|jumped|shot up|skyrocketed|was hiked|got hiked|has risen|rose|(?:was|is|came in|came back) (?:almost |nearly |more than |over )?(?:double|triple))\b(?! (?:slightly|a little|a bit|a tad|marginally)\b)`;
// Closed when it should be open: "closed during posted hours", "closed an hour early".
const CLOSED = String.raw`\b(?:closed|shut) (?:during|in|within) (?:their |the |its )?(?:posted|opening|business|listed|advertised|stated|normal|regular) hours\b|\bclosed (?:an hour |half an hour |<num> (?:mins|minutes|hours?) )?early\b(?! (?:for|on|because|due)\b)`;
// Pests and mould where people stay or eat: "ants everywhere in the kitchen", "bed bugs", "found a
// cockroach", "black mould in the shower": found, or somewhere; not denied ("no bed bugs", "never saw a
// single ant"), feared ("worried about bed bugs"), asked, outdoors or on pets, in news ("inspectors
// found rat droppings"), ads and chatter ("Ants are amazing"), or mould that shapes ("will mold to your
// feet").
const PESTS = String.raw`(?:ants|cockroach|cockroaches|roach|roaches|bed ?bugs|bedbugs|fleas|maggots|silverfish|termites|(?:mouse|rat) droppings|droppings|mold|mould|mildew)`;
const PEST_FOUND = String.raw`\b(?=${PESTS} )(?<!\b${NEGATED} (?:\S+ ){0,3})(?<!\b(?:check|checked|checking|inspect|inspected|treat|treated|spray|sprayed|about|for|prevent|prevents|resistant|proof|free) (?:\S+ )?)${PESTS}\b(?! (?:to|itself|themselves|resistant|proof|free|remover|spray|in (?:my|your|his|her|their) pants)\b)(?:(?<=\b(?:found|find|saw|see|seen|spotted|had|has|have|got|caught|picked up|brought home|full of|covered in|infested with|(?:there|theres) (?:was|were|is|are)) (?:\S+ ){0,2}${PESTS})|(?= (?:everywhere|all over|in|on|behind|under|inside|at|crawling|running|growing|eating|coming|living|around)\b))(?!(?: \S+){0,3} (?:garden|yard|backyard|park|woods|forest|wild|cat|cats|dog|dogs|pet|pets|puppy|kitten)\b)(?<!\b(?:inspectors?|inspection|officials|authorities|reportedly) (?:\S+ ){0,3}${PESTS})`;
// Hot food that came cold: "the pizza was cold", "fries came out stone cold"; not drinks, salads, "cold
// and crisp", gazpacho or leftovers ("cold the next morning and still delicious").
const HOT_FOOD = String.raw`(?:food|meal|soup|burger|burgers|burrito|pizza|fries|noodles|pasta|curry|steak|chicken|rice|eggs|dish|dishes|entree|entrees|toast|pancakes|ramen|lasagna|wings|nuggets|order|breakfast|lunch|dinner)`;
const COLD_FOOD = String.raw`\b${HOT_FOOD} (?:was|were|came|came out|arrived|is|are|showed up) (?:\S+ (?:and|&) )?(?:(?:completely|totally|still|already|stone|ice|freezing|basically|practically|half|kinda|a bit|pretty) )?(?:cold|raw)\b(?! and (?:crisp|fresh|refreshing)\b)(?! (?:\S+ ){0,5}(?:on purpose|next (?:morning|day)|still (?:delicious|good|great|tasty|ate|the best)|when (?:i|we) (?:put|took)|because (?:i|we)|gazpacho)\b)`;

const PLAIN: readonly PlainComplaint[] = [
  {
    label: 'lost by them',
    needs: ['lost', 'losing', 'misplaced', 'missing'],
    pattern: new RegExp(
      String.raw`\b(?:lost|losing|misplaced)(?<!\b${SELF} (?:\S+ )?\S+) (?:my|our|the|his|her|their) (?:\S+ )?${THING}\b|\b${THING} (?:was|were|got|has been|have been|is|are|went|has gone|have gone) (?:lost|missing)\b`,
    ),
  },
  {
    // By the company ("cancelled my flight", "my order was cancelled", "another cancelled flight", "nice of
    // you to cancel my flight"), not by the customer ("I cancelled my order") or asked for ("can you
    // cancel my order?").
    label: 'cancelled by them',
    needs: ['cancelled', 'canceled', 'cancel'],
    pattern: new RegExp(
      String.raw`\bcancell?ed(?<!\b${SELF} ${OWN_WORDS}\S+)(?<!\b${IF} (?:\S+ )?\S+) (?:my|our|the|his|her|their) (?:\S+ )?${BOOKED}\b|\b(?:(?<!\b${ASKED})${BOOKED} |${BOOKED} (?:was|were|got|has been|have been|is|are|been|just got) )cancell?ed\b(?<!\b${IF} (?:\S+ ){1,4}\S+)|(?:\b(?:another|yet another|second|third|fourth)|(?<!\S)<num>) cancell?ed ${BOOKED}\b(?! (?:\S+ ){0,3}(?:yay|woo\w*|yes|free)\b)|\b(?=(?:you|u|they|yall) )(?<!\b(?:can|could|would|will|please|pls|plz|do|did|if|when|how|cant|should|need|want|may|why|hoping|hope|pray|praying|wish|crossed)\b (?:\S+ )?)(?:you|u|they|yall) (?:(?:guys|all|just|then|went and|decided to|chose to|to|really|seriously|randomly|again) ){0,3}cancell?(?:ed)? (?:my|our) (?:\S+ )?${BOOKED}\b${NOT_ASKED}`,
    ),
  },
  {
    // "I want my money back", "I'd like a refund", "give me a refund"; not "do you want a refund?" or
    // "customers who want a refund can apply online".
    label: 'wants money back',
    needs: ['back', 'refund'],
    pattern: new RegExp(
      String.raw`${FEARED}(?:\b(?:want|need|demand|give me|get) (?:my|our|me my) money back\b|\b(?:i|we|id|wed|ill|and|just|so|still|really) (?:(?!(?:dont|not|never|didnt|wont)\b)\S+ ){0,2}?(?:want|need|demand|like|expect|get) (?:a|my|our) (?:full )?refund\b|\b(?:give|send) (?:me|us) (?:a|my|our) (?:full )?refund\b|^refund me\b)${NOT_ASKED}`,
    ),
  },
  {
    // A review's verdict warning others off (see WARNING): "do not buy", "would not recommend", "save
    // your money", "never again", "sent it back".
    label: 'warns others off',
    needs: words(WARNING_NEEDS),
    pattern: new RegExp(WARNING),
  },
  {
    // Let down (see LET_DOWN): "for this price I expected much better", "I wanted to love this".
    label: 'let down',
    needs: ['expected', 'expecting', 'hoping', 'hoped', 'wanted'],
    pattern: new RegExp(LET_DOWN),
  },
  {
    // Something in the food that should not be: "a piece of plastic in my burrito", "found a hair in my
    // soup"; not "a bug in my code" or "a stone in my shoe".
    label: 'something in the food',
    needs: FOREIGN.split('|'),
    pattern: new RegExp(
      String.raw`\b(?=(?:${FOREIGN}) )(?<!\b${NEGATED} (?:\S+ ){0,3})(?<!\b(?:if|whether|case|worried|afraid|scared|concerned|fear|imagine|imagining|remove|removing|take out|pick out|put|add|adding|leave) (?:\S+ ){0,4})(?!bones? in (?:the|a) )(?:(?:${FOREIGN})(?: (?:wrap|shard|shards|piece|pieces|fragment|fragments))? (?:(?:was|were) )?(?:(?:in|inside|baked into) (?:my|the|our|his|her|their)|on (?:my|our)) (?:(?!(?:at|on|during|for|after|before|with|from|while)\b)\S+ ){0,2}?${FOOD}\b)${NOT_ASKED}`,
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
      'described advertised pictured shown listed stated expected thought imagined picture pictures photo photos image images description listing ad advert ordered paid asked looks looked',
    ),
    pattern: new RegExp(
      String.raw`\b(?:not as (?:described|advertised|pictured|shown|listed|stated)|nothing like (?:the |its |their )?${PICTURE}|(?:different (?:from|to|than)|not (?:even )?close to|compared to) (?:the |its |their )?${PICTURE}|(?:smaller|tinier|thinner|flimsier) than (?:i |we )?(?:expected|thought|imagined)|not what (?:i|we) (?:ordered|paid for|asked for)|(?:doesnt|didnt|does not|did not|dont|do not) (?:fit|work|look|function|perform) as (?:described|advertised|pictured|shown|listed|stated)|${SMALLER} than (?:(?:it|they) (?:looks?|looked|seemed?) (?:in|on) (?:the )?${PICTURE}|(?:it|they) (?:looks?|looked)(?! \S)|(?:${PICTURE_SAYS})|(?:in|on) (?:the )?${PICTURE}))\b(?! (?:\S+ ){0,6}${BETTER}\b)(?! (?:\S+ ){0,6}\?)`,
    ),
  },
  {
    // Paid for one thing, got another: "Ordered medium, got XXL", "paid for a sea view room and got a
    // view of the parking garage", "paid for extra legroom and got moved to a middle seat"; not "got it
    // the next day", "got upgraded", "got a great rate" or "got lots of compliments".
    label: 'wrong item',
    notInPraise: true,
    needs: ['paid', 'ordered', 'booked', 'requested', 'reserved', 'asked'],
    pattern: new RegExp(
      String.raw`(?:^|\b(?=(?:paid|ordered|booked|requested|reserved|asked)\b))${FEARED}(?:paid for|ordered|booked|requested|reserved|asked for)(?! (?:at|on|by|before) <num>| (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|online|today|yesterday|tonight|last|this)\b)(?: (?!(?:and|but|got|so|then|it|them)\b)\S+){1,5} (?:and |but |instead )?(?:got|received|were given|was given|ended up with|they gave (?:me|us)|(?:got|was|were) moved to) (?!${NOT_SWAPPED}\b)(?! (?:\S+ ){0,3}${BETTER}\b)(?!(?:\S+ ){0,8}${BONUS}\b)${NOT_ASKED}${THEN_PRAISED}`,
    ),
  },
  {
    // Not after a negation ("never had a soggy pizza"), a fear (FEARED), a question or another product
    // ("does it get jammed", "my old mattress was saggy"), and not "burnt out", "a bit rusty", "burnt
    // orange" or "stained glass": people and other things, not a faulty product.
    label: 'faulty product',
    needs: [...FAULT.slice(3, -1).split('|'), 'apart', 'loose'],
    pattern: new RegExp(
      String.raw`(?<!\b${NEGATED} (?:\S+ ){0,3})${FEARED}(?<!\b(?:does|do|did|will|would|could|should|old|last|previous|former|other|unlike) (?:\S+ ){0,4})(?<!\b(?:fix|fixing|clear|clearing|unjam|unclog|repair) (?:a |an |the |my |your )?)(?<!(?<!\b(?:why|how) )\b(?:is|are) (?:the|these|those|they|it) (?:\S+ ){0,2})(?<!\b(?:bit|little|im|am) )\b(?!(?:cracked|ripped) open (?:a|an|my|the|one|some|another|this|our)\b(?<!\b(?:arrived|came|was|were|been|got|delivered) \S+ \S+ \S+))(?:${FAULT}\b(?! ${NOT_FAULT_AFTER}\b)(?<!\b(?:traffic|roads?|streets?|highway|motorway|freeway|lines|phones?|we|they|skin|face|neck|jowls|breasts|boobs|eyelids|cheeks|jawline) (?:\S+ ){0,2}(?:jammed|jamming|sagging|saggy))(?<!\b(?:sagging|saggy|jammed|jamming)(?= (?:skin|face|neck|jowls|breasts|boobs|eyelids|cheeks|jawline|with|packed|together|all night|to|along|out)\b))|${APART}\b)(?! \? (?:heres|here is|try|this|how)\b)${THEN_PRAISED}`,
    ),
  },
  {
    // Faults reviews tell as events or failures to do a job (see FAULT_EVENT): "the buttons fell off",
    // "doesn't seal", "smells like chemicals".
    label: 'faulty product',
    needs: words(FAULT_EVENT_NEEDS),
    pattern: new RegExp(FAULT_EVENT),
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
  {
    // Too much of something, as reviews say it: "Way too small.", "the music was too loud", "a bit too
    // salty", "too many ads"; not negated ("not too sweet", "doesn't run too small"), feared ("worried
    // it'd be too big"), asked, then praised ("a little too big but I love it"), said of other brands
    // ("other brands are too tight on me") or of people (DEGREE_NOT_BEFORE).
    label: 'too much',
    named: true,
    notInPraise: true,
    needs: ['too'],
    pattern: new RegExp(
      String.raw`\b(?=too )(?<!\b${NEGATED} (?:\S+ )?)(?<!\b${DEGREE_NOT_BEFORE} (?:\S+ ){0,2})${ASKED_FIRST}${FEARED}${OTHERS_BEFORE}\b(too (?:${oneOf(DEGREE)}|(?:many|much) ${oneOf(EXCESS)}))\b(?! ${DEGREE_NOT_AFTER}\b)${NOT_ASKED}${THEN_PRAISED}`,
    ),
  },
  {
    // Once good, no longer (see DECLINE): "used to be my favorite app", "has gone downhill", "not what it
    // used to be", "your fries used to be the best. What happened?"; not "used to be great and still is"
    // or "Has the quality gone downhill?".
    label: 'gone downhill',
    needs: ['used', 'downhill'],
    pattern: new RegExp(
      `\\b(?=(?:used|i|we|has|have|gone|going|went|goes|not|isnt|arent|wasnt) )${FEARED}(?<!^(?:has|have|is|did|does|was)\\b(?: \\S+){0,4} )${DECLINE}`,
    ),
  },
  {
    // Something missing from the box (see MISSING): "Box came without the remote.", "screws missing".
    label: 'missing part',
    needs: ['without', 'missing'],
    pattern: new RegExp(`\\b(?=${MISSING_FIRST} )${FEARED}${MISSING}${NOT_ASKED}${THEN_PRAISED}`),
  },
  {
    label: 'connection drops',
    needs: words('drops dropping dropped cuts cutting cut goes going disconnects disconnecting'),
    pattern: new RegExp(`\\b(?=${LINE} )${FEARED}${DROPS}${NOT_ASKED}${THEN_PRAISED}`),
  },
  {
    label: 'price went up',
    needs: words(
      'went gone goes keeps keep doubled tripled jumped shot skyrocketed hiked risen rose double triple',
    ),
    pattern: new RegExp(`\\b(?=${PRICED} )${FEARED}${PRICE_UP}${NOT_ASKED}`),
  },
  {
    label: 'closed in opening hours',
    needs: ['closed', 'shut'],
    pattern: new RegExp(CLOSED),
  },
  {
    label: 'pests or mould',
    needs: words(
      'ants cockroach cockroaches roach roaches bed bedbugs bugs fleas maggots silverfish termites droppings mold mould mildew',
    ),
    pattern: new RegExp(`\\b(?=${PESTS} )${FEARED}${PEST_FOUND}${NOT_ASKED}`),
  },
  {
    label: 'served cold',
    needs: ['cold', 'raw'],
    pattern: new RegExp(`\\b(?=${HOT_FOOD} )${FEARED}${COLD_FOOD}${NOT_ASKED}${THEN_PRAISED}`),
  },
  // Numbers are `<num>` in the token string: "thx 4 nothing".
  {
    label: 'thanks for nothing',
    needs: ['nothing'],
    pattern: /\b(?:thanks|thank you|thx) (?:for|<num>) nothing\b/,
  },
  {
    // Sarcastic thanks, shown as its words: "thanks for ruining my weekend", "thank you for wasting an
    // hour of my life", "thanks for the runaround"; not "thanks for making my day".
    label: 'sarcastic thanks',
    named: true,
    needs: ['ruining', 'wasting', 'ignoring', 'runaround', 'letting', 'making', 'losing', 'overcharging'],
    pattern:
      /\b((?:thanks|thank you|thx) for (?:ruining|wasting|ignoring|the runaround|letting (?:me|us) down|making (?:me|us) wait|losing|overcharging))\b/,
  },
];

/**
 * The logit shift one or more plain complaint phrases add. 2 rather than 1.5: short reviews with nothing
 * else to go on ("Fell apart after three uses.") stayed just below the threshold; cross-validation on
 * the dev file is the same with either, and 2.5 gains nothing more on the written reviews.
 */
export const PLAIN_COMPLAINT_SHIFT = 2;

const OPENING_HANDLES = /^(?:@user )+/;

// Which phrases a text may hold, from the tokens each needs.
const GATE = new TokenGate(PLAIN.map((p) => p.needs));

/**
 * The label of the first plain complaint phrase in a text's tokens (lowercase), or undefined. A text
 * that says the problem was put right ("they replaced my cracked screen in a day, thanks") has none.
 */
export function plainComplaint(
  features: Pick<Features, 'tokens' | 'tokenString' | 'values'>,
  gated = true,
): string | undefined {
  if (features.values.has(`k:${RESOLVED_CUE}`)) return undefined;
  // A text's opening handles ("@acme Avoid!", or the one a review is given to read it as addressed)
  // are no part of what it says: the phrases that must open a text open after them.
  const tokenString = features.tokenString.replace(OPENING_HANDLES, '');
  // `gated` false runs every pattern, so that tests hold each `needs` list to its pattern.
  if (gated && !GATE.mark(features.tokens, tokenString)) return undefined;
  // In PLAIN's order, so that the first phrase found is the one named.
  const praise = features.values.has('lex:positive') && !features.values.has('lex:mixed');
  for (let at = 0; at < PLAIN.length; at++) {
    const p = PLAIN[at];
    if ((!gated || GATE.open(at)) && !(praise && p.notInPraise === true)) {
      const m = p.pattern.exec(tokenString);
      if (m !== null) return p.named === true ? m[1] : p.label;
    }
  }
  return undefined;
}
