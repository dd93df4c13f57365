/**
 * Hand-written complaint cues: phrases where a negation meets an expectation ("never arrived"),
 * service failures, repetition, money and time. They give the model signals that generalise beyond
 * the words of the dev file; the model learns how much each one is worth.
 */

import { NOT_CORE } from './negation-words.js';
import { TokenGate } from './token-gate.js';

/** One cue: a pattern over the token string and the reason shown to users. */
interface Cue {
  label: string;
  /**
   * Every match of `pattern` holds one of these tokens ("word*" for any token starting with "word"), so
   * a text without one skips the pattern: a map lookup per token costs less than a scan per cue. The
   * rarest word each alternative must hold is listed. Tested against the patterns themselves.
   */
  needs: readonly string[];
  pattern: RegExp;
}

/** Words listed with spaces or bars ("a b", "a|b"). */
const wordList = (list: string): string[] => list.split(/[ |]/);

const N = '<num>';
// Negations: the core, "no" and "cannot".
const NOT_WORDS = `${NOT_CORE} no cannot`.split(' ').join('|');
const NOT = `(?:${NOT_WORDS})`;
// The customer as subject ("I cancelled", "we lost"), apostrophes removed.
const SELF = '(?:i|ive|we|weve|id|wed|im|were)';
const ARRIVE = String.raw`(?:arrive[ds]?|arriving|received?|come|came|turned up|shown up|showed up|delivered|shipped|dispatched|here|got it|heard back|heard anything|gotten)`;
// What a customer sends that should be answered: "my emails go unanswered", "ignored my complaint".
const MESSAGE = String.raw`(?:emails?|e-mails?|messages?|calls?|tickets?|complaints?|requests?|dms?|queries|voicemails?|claims?|chats?|questions?)`;
const RESPOND = String.raw`(?:answer(?:s|ed|ing)?|respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|help(?:s|ed|ing)?|pick(?:s|ed)? up|get(?:s|ting)? back|call(?:s|ed)? back|email(?:s|ed)? back|follow(?:s|ed)? up)`;
const WORK = String.raw`(?:work|working|works|load|loading|open|opening|connect|connecting|turn on|charge|charging|sync|syncing|play|playing|start|starting|print|printing|update|updating|install|responding|accept|accepting)`;
// Praise right before a service noun ("excellent customer service").
const PRAISE = String.raw`(?:great|excellent|amazing|awesome|fantastic|brilliant|good|helpful|friendly|outstanding|superb|wonderful|exceptional|best|fast|quick|prompt|lovely|fab|polite|kind|nice|professional|courteous)`;
// What a service did for the customer ("customer support answered within the hour").
const SERVED = String.raw`(?:answered|responded|replied|helped|resolved|fixed|sorted|solved|refunded|replaced|(?:got|called|rang|emailed|wrote) (?:me |us )?back|walked (?:me|us) through|went above)`;
// "Would buy again" is a customer coming back, not a problem repeating.
const COMING_BACK = String.raw`\b(?:(?:would|will|id|ill|wed|well|definitely|gladly|happily) (?:definitely |surely |totally |happily |gladly )?(?:buy|order|stay|use|come|shop|fly|visit|go|eat|book|purchase|choose|try|recommend)|(?:buying|ordering|staying|shopping|flying|booking))(?: \S+){0,3}`;
// How long something has been owned or used is no wait: "used it for three months", "lasts all day",
// "a customer for 10 years", "been using this app for two years", "been ordering here for 6 years"; unless the words between say it was
// lacking or waited for ("had no internet for 3 days", "have been on hold for an hour").
// Time in use, not waiting: "had it for 2 years", "used this kettle twice a day for a year". Verbs of
// use reach five words back; "have" and "had" only three ("I have sat in your drive thru for 30 minutes").
// Keeping something cold or charged is use too ("kept my drinks cold for two days", "holds a charge for
// days"), but not staying in for a delivery ("stayed home all day for my order").
const NOT_IN_USE = String.raw`(?!(?:no|not|nothing|never|nt|without|zero|wait|waits|waited|waiting|hold|holding|queue|queued|queueing|stuck|sat|stood|messaged|emailed|called|phoned|rang|chased|contacted|asked|tried)\b)`;
const IN_USE = String.raw`\b(?:(?:used|using|use|owned|worn|wearing|subscribed|ordering|buying|shopping|banking)(?: ${NOT_IN_USE}\S+){0,5}|(?:had|have|own|wear|lasted|lasts|last|holding up|held up|going strong|played|run|customer|member|client|subscriber|fan|reliable|dependable|solid|flawless|faultless)(?: ${NOT_IN_USE}\S+){0,3}|(?:kept|keeps|keep|stayed|stays|stay)(?: \S+){0,2} (?:cold|hot|warm|cool|dry|fresh|charged|crisp|sharp)|holds? (?:a |its )?(?:charge|shape|heat|temperature))`;
const UNITS = 'min mins minutes hr hrs hour hours day days week weeks wk wks month months year years';
const UNIT = `(?:${wordList(UNITS).join('|')})`;

/** Cues over the token string (tokens joined by single spaces, apostrophes removed). */
const TOKEN_CUES: readonly Cue[] = [
  {
    label: 'still waiting',
    needs: wordList('still'),
    pattern: /\bstill (?:waiting|wait|no|not|nothing|havent|hasnt|dont|doesnt|cant|didnt|unable|without)\b/,
  },
  {
    label: 'never arrived',
    needs: wordList(`${NOT_WORDS}`),
    pattern: new RegExp(String.raw`\b${NOT} (?:yet )?(?:been )?${ARRIVE}\b`),
  },
  {
    label: 'charged twice',
    needs: wordList('charged double overcharged billed'),
    pattern:
      /\b(?:charged (?:me )?(?:twice|double|two times|again)|double (?:charged|charge|billed)|overcharged|billed twice)\b/,
  },
  // Charged, not necessarily twice: "charged me for an order I cancelled".
  { label: 'charged for', needs: wordList('charged'), pattern: /\bcharged (?:me |us )?for\b/ },
  {
    label: 'no one answers',
    needs: wordList('no noone nobody never not didnt doesnt wont havent hasnt unanswered ignored ignoring'),
    pattern: new RegExp(
      String.raw`\b(?:no ?one|nobody|noone|no body)(?: (?:is|has|will|ever))? ${RESPOND}\b|\bno (?:response|reply|replies|answer|answers|help|contact|call back|callback|email|update|updates|info|information|one)\b|\bno (?:call|calls)\b(?! (?:needed|necessary|required|centres?|centers?|dropped|drops|waiting|wait|queues?|after|before|from (?:spammers|telemarketers))\b)|\bno word\b(?! of a lie| can\b| could\b)|\b(?:never|not|didnt|doesnt|wont|havent|hasnt) (?:even )?(?:${RESPOND})\b|\b(?=(?:my|our|all|unanswered|${MESSAGE})\b)(?<!\b(?:no|none|nothing|never|not)\b(?: \S+){0,3} )(?:(?:my|our|all|${MESSAGE})(?: \S+){0,5} unanswered\b|unanswered ${MESSAGE}\b)|\b(?:been|being|keeps? being|kept being|getting|get|got) ignored\b|\bignor(?:ed|ing)(?<!\b(?:i|we) (?:\S+ )?ignor(?:ed|ing)) (?:me|us|(?:my|our) (?:\S+ )?${MESSAGE})\b`,
    ),
  },
  { label: 'worst', needs: wordList('worst'), pattern: /\bworst\b/ },
  {
    label: 'refund',
    needs: wordList('refund refunds refunded refunding money reimburse* compensation chargeback'),
    pattern: /\b(?:refund|refunds|refunded|refunding|money back|reimburse\w*|compensation|chargeback)\b/,
  },
  {
    // Cancelled by the company ("my flight was cancelled", "thanks for cancelling my order"), not a
    // customer's own cancelling ("I cancelled", "how do I cancel"), which is asked below.
    label: 'cancelled',
    needs: wordList('cancelled canceled cancelling canceling cancellation cancellations'),
    // Not a headphone's "noise cancelling".
    pattern: new RegExp(
      String.raw`\b(?:cancell?ed|(?<!\b(?:noise|echo) )(?:cancell?ing|cancellations?))\b(?<!\b${SELF} (?:\S+ )?\S+)`,
    ),
  },
  {
    label: 'wants to cancel',
    needs: wordList('cancel cancelled canceled cancelling canceling'),
    pattern: new RegExp(String.raw`\bcancel\b|\b${SELF} (?:\S+ )?cancell?(?:ed|ing)\b`),
  },
  {
    label: 'delayed',
    needs: wordList('delay delays delayed late later overdue'),
    // Not denied: "never late once", "no delays", "wasn't even late" (but "no later than Friday" is a
    // deadline, often a broken one).
    pattern:
      /\b(?:(?=delay|late|overdue)(?<!\b(?:never|not|no|without|zero|nt|isnt|wasnt|arent|werent)(?: (?:once|ever|been|even|a|any|single|one|too|that|so|very|really))? )(?:delay|delays|delayed|late|overdue)|later than)\b/,
  },
  {
    label: 'not working',
    needs: wordList(
      'work working works load loading open opening connect connecting turn charge charging sync syncing play playing start starting print printing update updating install responding accept accepting log login sign signin crashing freezing failing dropping disconnecting restarting',
    ),
    pattern: new RegExp(
      String.raw`\b(?!no (?:extra |additional |hidden )?charge\b)${NOT} (?:\w+ )?${WORK}\b|\b(?:stopped|stops|keeps?|kept) (?:working|crashing|freezing|failing|dropping|disconnecting|restarting)\b|\b(?:cant|cannot|couldnt|unable to|not able to|wont let (?:me|us)) (?:\w+ )?(?:log ?in|sign ?in|log on|login|signin)\b(?! (?:\S+ ){0,6}(?:i|because i) forgot\b)`,
    ),
  },
  {
    label: 'broken',
    needs: wordList(
      'broken broke faulty defective damaged crash crashed crashes crashing froze frozen freezes freezing glitch* bug buggy error errors outage down',
    ),
    // Not denied: "never had a single crash", "without error", "no glitches at all"; but "not even an
    // error message" is one.
    pattern:
      /\b(?=broke|faulty|defective|damaged|crash|froze|frozen|freez|glitch|bug|error|outage|down|is down|went down)(?<!\b(?:never|not|no|without|zero|nt|isnt|wasnt|hasnt|havent|hadnt|nothing)(?: (?:once|ever|been|had|seen|got|experienced|have|a|an|any|one|single)){0,3} )(?:broken|broke|faulty|defective|damaged|crash(?:ed|es|ing)?|froze|frozen|freezes|freezing|glitch\w*|bug|buggy|error|errors|outage|down again|is down|went down)\b/,
  },
  {
    label: 'cut off',
    needs: wordList(
      'hung hang hanging cut kept signal service network internet power wifi connection reception',
    ),
    pattern:
      /\b(?:hung up|hang up|hanging up|cut off|kept me waiting|no (?:signal|service|network|internet|power|wifi|connection|reception))\b/,
  },
  {
    label: 'stranded',
    needs: wordList('stranded overbooked bumped missed'),
    pattern: /\b(?:stranded|overbooked|bumped|missed (?:my |our |the )?(?:connection|flight|train|bus))\b/,
  },
  {
    label: 'return or warranty',
    needs: wordList('warranty replacement replace exchange send return returned'),
    pattern: /\b(?:warranty|replacement|replace it|exchange it|send it back|return it|returned it)\b/,
  },
  {
    label: 'time since',
    needs: wordList('since ago later now yet'),
    pattern: new RegExp(
      String.raw`\bsince (?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|yesterday|early|this morning)\b|${N}(?!\S))|(?<!\S)${N} ${UNIT} (?:ago|later|now)\b|\b(?:not|nt|no|nothing) yet\b`,
    ),
  },
  {
    label: 'on hold',
    needs: wordList('hold holding queue'),
    pattern: /\b(?:on hold|hold music|been holding|in a queue|in the queue)\b/,
  },
  {
    label: 'long wait',
    needs: wordList(`${UNITS} ages forever wait`),
    // Minutes something took are quick, not long: "setup took five minutes", "TSA took 8 minutes"; and
    // getting used to a thing is no wait ("took a week to get used to").
    pattern: new RegExp(
      String.raw`\b(?:(?<!\bno )wait(?:ed|ing)?|been|took|takes|taking|(?:for|over|after)(?<!${IN_USE} \S+)) (?:(?:over|almost|nearly|about|another|a further) )?(?:${N}|an?|two|three|four|five|several|many|few) (?:more )?${UNIT}\b(?:(?<!\b(?:took|takes|taking) (?:about |only |just |under )?(?:${N}|an?|two|three|four|five|few) (?:min|mins|minutes))(?! to (?:get used|break in)\b)|(?= (?:for (?:\S+ ){1,3})?to (?:load|open|start|boot|respond|connect|sync|log|answer|reply|pick)\b))|\b(?:all day|all week|ages|forever)(?<!${IN_USE} (?:\S+ )?\S+(?: \S+)?)\b|\b(?:(?:have|has|had|having) to|made (?:me|us)) wait\b`,
    ),
  },
  {
    label: 'again',
    needs: wordList('again another time times keep keeps repeatedly'),
    pattern: new RegExp(
      String.raw`\b(?:again(?<!${COMING_BACK} again)|yet another|another(?<!\b(?:from|than|over|vs|like) another)|(?:second|third|fourth|fifth|nth) time|(?:three|four|five|several|multiple|many) times|every time|keeps? (?:on )?(?!getting (?:better|easier|faster)\b|improving\b)\w+ing|repeatedly)\b|(?<!\S)${N} times?\b`,
    ),
  },
  {
    // Lost or taken by someone else ("lost my bag"), not the customer's own loss ("I lost my receipt").
    label: 'lost',
    needs: wordList('lost stolen missing wrong'),
    pattern: new RegExp(
      String.raw`\b(?:(?:lost|stolen)(?<!\b${SELF} (?:\S+ )?\S+)|missing|wrong (?:item|order|size|address|product|one|thing))\b`,
    ),
  },
  {
    label: 'broken promise',
    needs: wordList(
      'supposed should shouldve promised told expected expecting described advertised pictured shown stated listed picture pictures photo photos image images description listing ad advert',
    ),
    pattern:
      /\b(?:supposed to|should have|shouldve|should of|was promised|were promised|promised|told me|was told|were told|(?=expect)(?<!\b(?:(?:faster|quicker|sooner|earlier|better|cheaper|easier|nicer|smoother|bigger) than|as) (?:(?:i|we|they) )?(?:had )?)(?:expected|expecting)|not as (?:described|advertised|pictured|shown|stated|listed)|nothing like (?:the |its |their )?(?:picture|pictures|photo|photos|image|images|description|listing|ad|advert))\b/,
  },
  {
    label: 'why …?',
    needs: wordList('why'),
    pattern:
      /(?:^|\s)why (?:is|are|does|do|did|cant|can|wont|isnt|arent|havent|hasnt|didnt|would|the|my|on|is it|am i)\b/,
  },
  {
    label: 'please fix',
    needs: wordList('please pls plz sort together'),
    pattern:
      /\b(?:please|pls|plz) (?:fix|sort|resolve|help|respond|reply|look into)\b|\bsort (?:it|this) out\b|\bget it together\b/,
  },
  {
    label: 'unable to',
    needs: wordList('unable cant can cannot impossible way'),
    pattern:
      /\b(?:unable to|cant (?:get|find|log|sign|access|use|seem)|can not|cannot|impossible to|cant even(?! wait)|no way to (?:cancel|contact|reach|get|talk|speak|turn|opt|remove|delete|change|close|unsubscribe|return|skip))\b/,
  },
  // Trying is weaker than failing: "trying to order" asks for help as often as it complains.
  {
    label: 'trying',
    needs: wordList('trying tried'),
    pattern: /\b(?:trying to|tried to|been trying|keep trying|tried)\b/,
  },
  {
    label: 'what a joke',
    needs: wordList(
      'joke shambles farce mess nightmare disgrace nothing job seriously ridiculous unacceptable wtf hell heck fuck f fed sick tired',
    ),
    pattern:
      /\b(?:what a (?:joke|shambles|farce|mess|nightmare|disgrace)|thanks for nothing|you had one job|seriously|ridiculous|unacceptable|wtf|what the (?:hell|heck|fuck|f)|fed up|sick of|tired of)\b/,
  },
  {
    // Service named, not praised: "excellent customer service" is a compliment in a review.
    label: 'customer service',
    needs: wordList(
      'customer team teams staff staffs agent agents rep reps employee employees manager managers driver drivers',
    ),
    pattern: new RegExp(
      String.raw`\b(?:(?:customer (?:service|services|care|support)|support team)(?<!\b${PRAISE} \S+ \S+)|your (?:staff|agent|rep|team|employee)s?|the (?:agent|rep|manager|driver)s?)\b(?! (?:was|were|is|are) (?:\S+ )?${PRAISE}| ${SERVED}(?! (?:\S+ ){0,6}(?:${NOT_WORDS}|but)\b))`,
    ),
  },
  { label: '!!', needs: wordList('!!'), pattern: /(?:^|\s)!!(?:\s|$)/ },
  { label: '?!', needs: wordList('?! ??'), pattern: /(?:^|\s)(?:\?!|\?\?)(?:\s|$)/ },
  {
    // Praise followed by the thing that went wrong: "thanks for ruining my morning", "love waiting 20 min".
    label: 'sarcasm',
    needs: wordList('thanks thank thx love loving great nice brilliant awesome'),
    pattern:
      /\b(?:thanks|thank you|thx) (?:for|<num>) (?:nothing|ruining|wasting|losing|cancell?ing|charging|ignoring|making me wait|the (?:delay|wait))\b|\b(?:love|loving|great|nice|brilliant|awesome) (?:waiting|being kept|being charged|being ignored|paying|having to|how (?:you|your)|when (?:you|your))\b/,
  },
  {
    label: 'thank you',
    needs: wordList('thank thanks thx ty cheers appreciate appreciated'),
    pattern: /\b(?:thank you|thanks|thx|ty|cheers|appreciate it|much appreciated)\b/,
  },
  {
    label: 'no problems',
    needs: wordList(
      'problem problems issue issues worries complaints complaint regrets trouble hassle hiccup hiccups hitch complain complaining wrong good works sorted resolved',
    ),
    // Reviews praise by negation too: "never had an issue", "without any hassle", "can't complain",
    // "hard to go wrong"; unless the problem came after all ("… until the update", "works fine but").
    pattern:
      /\b(?:(?:no|zero) (?:problem|problems|issue|issues|worries|complaints|regrets)|not a problem|all good|works (?:fine|great|perfectly)(?! (?:\S+ )?(?:but|except)\b)|all sorted|sorted now|resolved now|(?:never (?:had|have|once had)|(?:havent|hasnt|not) had|not once had) (?:a |an |any |one )?(?:single )?(?:problem|problems|issue|issues|trouble|complaint)(?! (?:\S+ ){0,3}(?:until|till|but|before)\b)|without (?:any |a )?(?:single )?(?:problem|problems|issue|issues|trouble|hassle|hiccup|hiccups|hitch)(?! (?:\S+ ){0,3}(?:until|till|but)\b)|not (?:one|a single) (?:problem|issue)(?! (?:\S+ ){0,3}(?:until|till|but|before)\b)|(?:cant|cannot) complain|not complaining|(?:hard|cant|impossible) to go wrong|cant go wrong)\b/,
  },
];

const MONEY =
  /[$£€¥]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:dollars|bucks|pounds|quid|euros?|usd|gbp|eur)\b|\b(?:money|paid|pay|payment|charged?|fee|fees|price|cost|bill|billed|invoice)\b/;
// Numbers are <num> in the token string: twenty minutes or more that something took is a wait after
// all ("our pizza took 80 minutes"), unless as estimated ("took 40 minutes, matching the estimate") or
// the customer's own work ("easy to assemble, took 30 minutes", "took 20 minutes to put together"). What
// something takes is a description ("a game takes about 40 minutes").
const LONG_MINUTES =
  /\btook(?<!\b(?:set ?up|set-up|assembl\w*|install\w*|put together)\b[^.!?]{0,40}took) (?:me |us )?(?:about |only |just |under )?(?:[2-9]\d|\d{3,}) (?:min|mins|minutes)\b(?! (?:\w+ )?to (?:assemble|set|setup|install|put|build|learn|charge|fully charge)\b)(?![^.!?]{0,30}\b(?:matching|as (?:expected|estimated|quoted|promised)|on the estimate|on time|ahead of))/;
// Times named in words; with a number before a unit, they make TIME (on the normalised text) and TOKEN_TIME.
const TIME_WORDS = String.raw`\b(?:yesterday|today|tonight|last (?:night|week|month)|this morning|since|weeks|days|hours)\b`;
const TIME = new RegExp(String.raw`\b\d+\s?${UNIT}\b|${TIME_WORDS}`);

/** The label of the cue for a problem the customer says was put right (see `problemResolved`). */
export const RESOLVED_CUE = 'problem resolved';

const RESOLVED =
  /\b(?:fixed|sorted|resolved|solved|replaced|refunded|restored|for (?:fixing|sorting|resolving|solving|replacing)|took care of|taken care of|straightened out|no questions asked|patched (?:it|them|the \S+)|credited (?:me|us|my account|our account|the account|it)|reimbursed|compensated|waived (?:the|my|our) (?:fee|fees|charge|charges)|(?:had|got|put) (?:a |the )?(?:replacement|new one|refund) on (?:the|its) way|(?:working|works) (?:again|now)|back up and running|(?:payment|purchase|transaction|transfer|refund|booking|order|card|charge)s? (?:finally |eventually )?went through(?! (?:twice|again|two times))|(?:sent|shipped|mailed|posted) (?:me |out |us )?(?:a |the )?(?:replacement|new one|correct (?:one|size|item|colou?r|part)|right (?:one|size|item|colou?r|part)))\b|(?<!\S)<num> (?:fixing|sorting|resolving|solving|replacing)\b/g;
// A resolution denied, awaited or asked for: "not fixed", "still hasnt been resolved", "need my car replaced".
const UNRESOLVED_BEFORE = new RegExp(
  String.raw`\b(?:${NOT_WORDS}|nt|still|yet|be|get|getting|need|needs|want|wants|until|unless|if|when)\s(?:\S+\s){0,2}$`,
);
// What is still wrong after it: "it says fixed but netflix still doesnt open".
// Not "again" in a promise to come back ("I'll definitely order again").
// Nor "but" before relief ("annoying at the time but I'm glad they check").
const UNRESOLVED_AFTER =
  /\b(?:but(?! (?:im |i am |were |we are |i was |it was |its )?(?:glad|happy|pleased|grateful|thankful|impressed|fine|ok|okay|all good|worth it)\b)|still|however|except|and now|even more|even worse)\b|(?<!\b(?:definitely|happily|gladly|surely|certainly) (?:order|buy|shop|purchase|use|fly|book|stay|visit)(?: \S+){0,2} )\bagain\b/;
// Thanks or praise, not denied: "not happy", "far from impressed", "not exactly a quick process"; but
// "no problem, thank you" and "can't thank you enough" are thanks.
const DENIED = String.raw`(?:${NOT_WORDS}|nt|nothing|hardly|far from|less than|anything but)(?: (?:very|so|too|that|really|exactly|particularly|overly|terribly|all|a|an)){0,2}`;
const GRATITUDE = new RegExp(
  String.raw`\b(?:thank (?:you|u|them) enough|(?<!\b${DENIED} )(?:thanks|thank you|thx|ty|kudos|props|shout ?out|grateful|appreciate\w*|impressed|great|excellent|amazing|brilliant|fantastic|awesome|happy|pleased|glad|relieved|(?:definitely|happily|gladly) (?:order|buy|shop|book) (?:from (?:them|you|here) )?again|love|quick|quickly|fast|prompt|promptly|speedy|smooth|smoothly|perfect|perfectly|flawless|flawlessly|all good|respect|nice touch))\b`,
);
// A top rating written out ("5 stars"), on the normalised text: tokens hold numbers as <num>.
const TOP_RATING = /\b(?:4|5|four|five)[ -]?stars?\b/;

/**
 * Whether the text says a problem was put right, with thanks or praise: "they replaced my broken kettle
 * in two days … great service", "issue resolved, thanks". Its problem words then describe the past.
 */
function problemResolved(tokenString: string, normalised: string): boolean {
  RESOLVED.lastIndex = 0;
  for (let m = RESOLVED.exec(tokenString); m !== null; m = RESOLVED.exec(tokenString)) {
    const before = tokenString.slice(Math.max(0, m.index - 40), m.index);
    const after = tokenString.slice(m.index + m[0].length);
    // Thanks or praise is asked for last: most texts name no fix, so the scan for it is skipped.
    if (!UNRESOLVED_BEFORE.test(before) && !UNRESOLVED_AFTER.test(after))
      return GRATITUDE.test(tokenString) || TOP_RATING.test(normalised);
  }
  return false;
}

// Every fix RESOLVED finds holds one of these tokens (see Cue.needs).
const RESOLVED_NEEDS = wordList(
  'fixed sorted resolved solved replaced refunded restored fixing sorting resolving solving replacing care straightened questions working works running went replacement new refund correct right patched credited reimbursed compensated waived',
);

// Which cues a text may have (TOKEN_CUES by index; RESOLVED last), from the tokens each needs.
const RESOLVED_AT = TOKEN_CUES.length;
const LONG_WAIT = 'long wait';
const LONG_WAIT_AT = TOKEN_CUES.findIndex((c) => c.label === LONG_WAIT);
const GATE = new TokenGate([...TOKEN_CUES.map((c) => c.needs), RESOLVED_NEEDS]);

/**
 * Labels of all complaint cues found; `tokenString` is the token string, `normalised` the normalised
 * text. Given the tokens, cues that need a token the text lacks are skipped (the result is the same).
 */
export function complaintCues(tokenString: string, normalised: string, tokens?: readonly string[]): string[] {
  const found: string[] = [];
  if (tokens !== undefined) GATE.mark(tokens, tokenString);
  const possible = (cue: number): boolean => tokens === undefined || GATE.open(cue);
  for (let i = 0; i < TOKEN_CUES.length; i++) {
    if (possible(i) && TOKEN_CUES[i].pattern.test(tokenString)) found.push(TOKEN_CUES[i].label);
  }
  if (possible(RESOLVED_AT) && problemResolved(tokenString, normalised)) found.push(RESOLVED_CUE);
  if (possible(LONG_WAIT_AT) && !found.includes(LONG_WAIT) && LONG_MINUTES.test(normalised))
    found.push(LONG_WAIT);
  if (MONEY.test(normalised)) found.push('money mentioned');
  if (TIME.test(normalised) && !onlyTimeInUse(tokenString)) found.push('time mentioned');
  return found;
}

// How long something has been used: "been using this shampoo for 3 months", "had it for two years".
const IN_USE_FOR = new RegExp(
  String.raw`${IN_USE} (?:for|over) (?:(?:over|almost|nearly|about|a few|the past|the last) )?(?:${N}|an?|two|three|four|five|six|several|many|few)? ?${UNIT}\b`,
  'g',
);
// TIME over the token string, where numbers are <num>.
const TOKEN_TIME = new RegExp(String.raw`(?<!\S)${N} ${UNIT}\b|${TIME_WORDS}`);

/** Whether every time the text mentions is how long something has been used, which is no wait. */
function onlyTimeInUse(tokenString: string): boolean {
  IN_USE_FOR.lastIndex = 0;
  if (!IN_USE_FOR.test(tokenString)) return false;
  return !TOKEN_TIME.test(tokenString.replace(IN_USE_FOR, ' '));
}

/** Words in capitals that read as shouting ("NEVER AGAIN"), counted on the raw text. */
export function shoutedWords(raw: string): number {
  // Only runs of four or more capitals count, so a text without one has none to find.
  if (!/[A-Z]{4}/.test(raw)) return 0;
  // Links, handles, tags, stock tickers ("NASDAQ:WORK") and ids ("HELP-4411") are capitals nobody shouts.
  const plain = raw.replace(/(?:https?:\/\/|@|#)\S+|\b[A-Z]{2,}:[A-Z.]{1,6}\b|\b[A-Z]+-?\d[\w-]*/g, ' ');
  const words = plain.match(/\b[A-Z]{3,}\b/g) ?? [];
  // Acronyms are common ("UPS", "PIN"), so only count runs that are not short all-caps brand names.
  return words.filter((w) => w.length >= 4).length;
}
