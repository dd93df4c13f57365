import { complaintCues, shoutedWords } from '../../src/classify/cues.js';
import {
  DEFAULT_FEATURES,
  extractFeatures,
  namedValues,
  reasonFor,
  wordKeys,
} from '../../src/classify/features.js';
import { compileModel, margin, tokenWeights } from '../../src/classify/model.js';
import { sentimentHits } from '../../src/classify/lexicon.js';
import { charNgramHashes, clauseStarts, normalise, tokenise } from '../../src/classify/text.js';

/** The clause test sentimentHits takes, over the clause starts of `text`. */
const clausesOf = (text: string) => {
  const starts = clauseStarts(normalise(text), true, 0);
  return (from: number, to: number) => [...starts].some((s) => s > from && s <= to);
};

const tokensOf = (text: string): string[] => tokenise(normalise(text));
const cuesOf = (text: string): string[] => {
  const normalised = normalise(text);
  const tokens = tokenise(normalised);
  return complaintCues(tokens.join(' '), normalised, tokens);
};

describe('text', () => {
  test('normalises handles, URLs, numbers, entities, hashtags and contractions', () => {
    expect(tokensOf("@Delta I can't believe it &amp; https://t.co/x #fail 3 hours!!!")).toEqual([
      '@user',
      'i',
      'cant',
      'believe',
      'it',
      '<url>',
      'fail',
      '<num>',
      'hours',
      '!!',
    ]);
    expect(tokensOf('what?! really??')).toEqual(['what', '?!', 'really', '??']);
    expect(tokensOf('love it ❤️👍🏽 but :( re:delivery')).toEqual([
      'love',
      'it',
      '❤',
      '👍',
      'but',
      ':(',
      're',
      'delivery',
    ]);
  });

  test('hashes character n-grams the same way every time', () => {
    const a = charNgramHashes(['delay'], 3, 5, (1 << 20) - 1);
    expect(a).toEqual(charNgramHashes(['delay'], 3, 5, (1 << 20) - 1));
    // " delay " has 5 trigrams, 4 four-grams and 3 five-grams.
    expect(a).toHaveLength(12);
    expect(charNgramHashes(['<url>', '@user'], 3, 5, 1023)).toEqual([]);
  });
});

describe('complaint cues', () => {
  test.each([
    ['still waiting for my refund', ['still waiting', 'refund']],
    ['my parcel never arrived', ['never arrived']],
    ['the order has not been delivered yet', ['never arrived']],
    ['you charged me twice', ['charged twice']],
    ['no one answers the phone', ['no one answers']],
    ["delivery window was 8am to 12pm. It's 4pm. No truck, no call.", ['no one answers']],
    ['@Verizon no word on my repair for 9 days', ['no one answers']],
    ['worst airline', ['worst']],
    ['flight cancelled and delayed', ['cancelled', 'delayed']],
    ['app not working!!', ['not working', '!!']],
    ['why?! seriously', ['?!', 'what a joke']],
    ['paid $40 for this', ['money mentioned']],
    ['waited 3 hours on hold', ['long wait', 'on hold', 'time mentioned']],
    ['they hung up on me, no signal since monday', ['cut off', 'time since']],
    ['stranded in Denver, missed my connection', ['stranded']],
    ['heel broke, they refuse the warranty', ['return or warranty']],
    ['ordered 3 weeks ago and not yet shipped', ['time since']],
    ['the colour is nothing like the picture', ['broken promise']],
    ['not as described, returned it', ['broken promise', 'return or warranty']],
    // Numbers are "<num>" in the token string, which no word boundary precedes.
    ['I have called 3 times today', ['again']],
    ['this is the 2nd time my card was declined', ['again']],
    ['ordered it 2 weeks ago', ['time since']],
    ['no internet since 7am', ['time since']],
  ])('%s', (text, expected) => {
    expect(cuesOf(text)).toEqual(expect.arrayContaining(expected));
  });

  // Review wording that reads like a tweet's complaint cue, and the complaint it must still catch.
  test.each([
    ['long wait', 'battery lasts all day', 'been on hold all day'],
    ['long wait', 'I have used it daily for three months', 'no internet for three days'],
    ['long wait', 'had it for 2 weeks', 'we have waited 3 hours'],
    ['long wait', 'a customer for 10 years', 'waited for 10 days'],
    ['long wait', 'been using this password manager for two years', 'I have been waiting for a week now'],
    ['long wait', 'I have been on twitter for 4 years', 'had no internet for 3 days'],
    ['again', 'Would buy from this seller again', 'would not buy from them again'],
    ['again', 'Ordering again on Friday', 'broken again'],
    ['customer service', 'the driver was really polite', 'the driver was rude'],
    [
      'long wait',
      "can't wait to fly with you again",
      'flight cancelled and now I have to wait until tomorrow',
    ],
    ['again', 'would buy again', 'would not buy again'],
    ['again', "I'd definitely order from them again", 'will never use again'],
    ['customer service', 'Excellent customer service', 'customer service never answered'],
    [
      'customer service',
      'the support team called me back within the hour and walked me through it',
      'the support team never called me back',
    ],
    [
      'customer service',
      'Customer support answered within the hour',
      'customer service replied but never fixed it',
    ],
    ['again', 'Switched from another app and this one is cleaner', 'another delay on the northern line'],
    ['unable to', "Omg I can't even wait for the weekend", "Too many ads, you can't even close them"],
    ['unable to', 'no way to tell which one I like best', 'Renewed without warning and no way to cancel'],
    ['long wait', 'Second pair, still holding up after a year', 'been holding for an hour'],
    // Written reviews (a helper's probe): time in use further back, and a wait the service spared.
    [
      'long wait',
      "I've used this kettle twice a day for nearly a year",
      "I've been waiting twice a day for nearly a week",
    ],
    [
      'long wait',
      'I have been using it on my commute for two weeks',
      'I have been stuck on my commute for two hours',
    ],
    [
      'long wait',
      'subscribed to this music streaming service for about four years',
      'waiting for four weeks',
    ],
    ['long wait', 'No hidden fees, no waiting three days', 'No refund yet, waiting three days'],
    // "have" reaches three words back only: a wait told with "have sat" is still a wait.
    ['long wait', 'I have had this kettle for two years', 'I have sat in your drive thru for 30 minutes'],
    ['long wait', 'I have had this kettle for two years', 'I have messaged you for 3 days straight'],
    // Found in written praise reviews: a flask keeping drinks cold, an app that keeps getting better.
    ['long wait', 'Kept my drinks cold for two days', 'You kept me on hold for two hours'],
    // From the dev file: staying in for a delivery is waiting.
    ['long wait', 'It holds a charge for days', 'someone has stayed home all day for my order'],
    ['long wait', 'Stays warm for hours', 'they kept my deposit for 3 months'],
    ['again', 'Been using this app for years and it keeps getting better', 'The app keeps crashing'],
  ])('no "%s" in "%s", but in "%s"', (cue, praise, complaint) => {
    expect(cuesOf(praise)).not.toContain(cue);
    expect(cuesOf(complaint)).toContain(cue);
  });

  test.each([
    ['my flight was cancelled', ['cancelled']],
    ['thanks for cancelling my order', ['cancelled']],
    ['how do I cancel my subscription?', ['wants to cancel']],
    ['I cancelled last week and you still charged me', ['wants to cancel']],
    ['you lost my bag', ['lost']],
    ['an item is missing', ['lost']],
  ])('tell who cancelled or lost: %s', (text, expected) => {
    const cues = cuesOf(text);
    expect(cues).toEqual(expect.arrayContaining(expected));
    const other = expected[0] === 'cancelled' ? 'wants to cancel' : expected[0] === 'lost' ? '' : 'cancelled';
    if (other !== '') expect(cues).not.toContain(other);
  });

  test('"keep" repeats only before a verb in -ing; trying is told apart from failing', () => {
    expect(cuesOf('can you keep me updated?')).not.toContain('again');
    expect(cuesOf('it keeps crashing')).toContain('again');
    expect(cuesOf('I keep getting errors')).toContain('again');
    expect(cuesOf('trying to order rain boots')).toEqual(['trying']);
    expect(cuesOf('unable to log in')).toContain('unable to');
    expect(cuesOf('unable to log in')).not.toContain('trying');
  });

  test('a customer losing something of their own is not the company losing it', () => {
    expect(cuesOf('I lost my receipt, can I still return it?')).not.toContain('lost');
    expect(cuesOf("I've lost 4lbs since then")).not.toContain('lost');
  });

  test('"zero problems" is no problem', () => {
    expect(cuesOf('with zero problems')).toContain('no problems');
    expect(sentimentHits(tokensOf('zero problems')).positive).toEqual(['zero problems']);
  });

  test('a negative word after a degree word is a comparison, not negated', () => {
    expect(sentimentHits(tokensOf('I have never been so disappointed')).negative).toEqual(['disappointed']);
    expect(sentimentHits(tokensOf('never seen such rude staff')).negative).toEqual(['rude']);
    // Right after the negator it is still negated, and positive words are unchanged.
    expect(sentimentHits(tokensOf('not so bad')).positive).toEqual(['not bad']);
    expect(sentimentHits(tokensOf('never been so happy')).negative).toEqual(['never happy']);
  });

  test('"single", "once", "even" and "ever" do not use up a negation\'s reach', () => {
    expect(sentimentHits(tokensOf('Never had a single issue with the battery')).positive).toEqual([
      'never issue',
    ]);
    expect(sentimentHits(tokensOf('Not once had an issue in 3 years')).positive).toEqual(['not issue']);
    expect(sentimentHits(tokensOf('not that I know of, the staff were rude')).negative).toEqual(['rude']);
    // Not "even": "not even mad, just disappointed" is disappointed.
    expect(sentimentHits(tokensOf('not even mad just disappointed')).negative).toEqual(['disappointed']);
  });

  test('"can\'t recommend it enough" is praise, "not good enough" is not', () => {
    expect(sentimentHits(tokensOf("Can't recommend this place enough!")).positive).toEqual(['recommend']);
    expect(sentimentHits(tokensOf("couldn't thank them enough")).positive).toEqual(['thank']);
    expect(sentimentHits(tokensOf('not good enough')).negative).toEqual(['not good']);
    expect(sentimentHits(tokensOf("can't recommend it")).negative).toEqual(['cant recommend']);
  });

  test('stay quiet on plain praise', () => {
    expect(cuesOf('lovely staff, great food')).toEqual([]);
  });

  // The resolved examples are from the dev file (X-CI, MIT), all labelled "not a complaint"; the last is
  // an app review written for this test.
  test.each([
    'Thanks. Situation resolved.',
    'Thank you for resolving my issue promptly #goodcustomerservice',
    'shout out to @BurberryService for sorting me out',
    'replaced my two failed batteries under warranty. I am happy :) Thanks',
    'Had an issue with billing but support sorted it out within an hour. Impressed.',
    'Support fixed my account issue within an hour. 5 stars.',
    'The update fixed the bug I had, runs smoothly now.',
    // "4" is "<num>" in the token string.
    'thx 4 fixing my broken router so fast, great service',
    // Long reviews from a helper's probe: a replacement sent, a save restored, a payment put through.
    'Wrong size at first; they shipped the correct size by express the next day. I will definitely order again.',
    'They sent a replacement before I even shipped the first one back. The new monitor is perfect.',
    'A patch came out within 48 hours that restored my save. Smooth since then.',
    'My card was declined, then the purchase went through on the second try. Annoying but I am glad they check.',
    // Friendly negatives are no denial of the thanks after them.
    'Refund went through, no problem, thank you',
    "Fixed my laptop in a day, can't thank you enough",
    // From a second review set written blind to the classifier.
    '@AmazonHelp had a missing package yesterday and your chat agent had a replacement on the way in 5 minutes. Thank you!',
  ])('find a problem put right, with thanks: %s', (text) => {
    expect(cuesOf(text)).toContain('problem resolved');
  });

  test('a problem put right leaves no empty reason behind', () => {
    // "so annoyed" intensifies a negative word that the fix then clears from the reasons.
    const f = extractFeatures('Support fixed it so quickly, I was so annoyed before, thanks');
    expect(f.values.has('lex:intensified')).toBe(true);
    expect(reasonFor(f, 'lex:intensified')).toBeUndefined();
  });

  test.each([
    ['denied', 'have still not fixed the broadband, thanks for nothing'],
    ['awaited', 'thank you, when will my refund be sorted?'],
    ['asked for', 'I need my car replaced, thank you'],
    ['still wrong after it', 'the troubleshooter says fixed but netflix still doesnt open, great'],
    ['without thanks or praise', 'both tickets were closed without being fixed'],
    ['without thanks or praise, not negated', 'it was replaced last week'],
    ['rated low', 'they fixed it eventually, 2 stars'],
    ['praised but undone', "they say it's fixed but it still crashes, not smooth at all"],
    ['a replacement no better', 'They sent a replacement but it is broken too. Great.'],
    ['slow and still resented', 'The payment finally went through after 3 days, still annoyed, thanks'],
    ['wrong again', 'They sent the wrong one again, great job'],
    // From a review of the relief words: denied thanks and promises never to come back.
    [
      'followed by a recommendation denied',
      'they replaced the screen and now the touch fails. Would not recommend.',
    ],
    ['followed by relief denied', 'refunded half of it and kept the rest. I am not glad at all'],
    [
      'followed by never again',
      'Acme replaced my kettle and the new one leaks. Will not buy from them again.',
    ],
    ['followed by never again, in short', 'refunded the deposit after 2 months of emails. Never stay again'],
    [
      'followed by relief denied in more words',
      'Account restored after the hack. Honestly far from happy with it.',
    ],
    [
      'followed by praise denied with an article',
      'They replaced my phone, not exactly a quick process though',
    ],
    ['a charge that went through twice', 'The charge went through twice, thanks a lot'],
    ['a parcel that went through customs', 'Parcel went through customs and disappeared, great'],
  ])('find no problem put right when the fix is %s', (_how, text) => {
    expect(cuesOf(text)).not.toContain('problem resolved');
  });

  test('count shouted words but not short acronyms', () => {
    expect(shoutedWords('NEVER AGAIN with UPS @DELTA')).toBe(2);
  });

  // Reviews praise by negation; the problem that came after all still counts.
  test.each([
    ['Never had an issue with this brand', true],
    ['Works without any hassle', true],
    ["I can't complain, it does the job", true],
    ['Hard to go wrong with this one', true],
    ['No regrets', true],
    ["Haven't had a single issue since I bought it", true],
    ['Not one issue in three years of daily use', true],
    ['Never had an issue until the last update', false],
    ['Works fine but the fan is so loud', false],
    ['Without any notice they closed my account', false],
  ])('no problems: %s -> %s', (text, found) => {
    expect(cuesOf(text).includes('no problems')).toBe(found);
  });

  test('a few minutes something took is no long wait', () => {
    expect(cuesOf('No problems at all. Setup took five minutes.')).not.toContain('long wait');
    expect(cuesOf('it took three hours to get through')).toContain('long wait');
    expect(cuesOf('we waited five minutes')).toContain('long wait');
    expect(cuesOf('Installation takes about five minutes')).not.toContain('long wait');
    // Unless it is how long the app takes to open or load.
    expect(cuesOf('The app takes five minutes to open every morning')).toContain('long wait');
    // Minutes given as a number, from written reviews and airline tweets.
    expect(cuesOf('Works perfectly with Alexa. Setup took 2 minutes.')).not.toContain('long wait');
    expect(cuesOf('@Delta checked in, TSA took 8 minutes, sitting at the gate')).not.toContain('long wait');
    expect(cuesOf('The app takes 5 minutes to load')).toContain('long wait');
    expect(cuesOf('waited 40 minutes for a table')).toContain('long wait');
    // Twenty minutes or more that something took is a wait, unless estimated or the customer's own work.
    expect(cuesOf('@DoorDash order took 80 minutes to arrive')).toContain('long wait');
    expect(cuesOf('We ordered at 7 and the food took 50 minutes')).toContain('long wait');
    expect(cuesOf('Delivery took 40 minutes, matching the estimate.')).not.toContain('long wait');
    expect(cuesOf('Easy to assemble, took about 20 minutes with the included key')).not.toContain(
      'long wait',
    );
    expect(cuesOf('Took 30 minutes to put together')).not.toContain('long wait');
    expect(cuesOf('A game takes about 40 minutes, perfect for the kids')).not.toContain('long wait');
  });

  test('how long something has been used is no time mentioned, unless another time is', () => {
    expect(cuesOf('Been using this shampoo for 3 months. My hair is softer')).not.toContain('time mentioned');
    expect(cuesOf('had it for two years and still going strong')).not.toContain('time mentioned');
    expect(cuesOf('used it for a week, broke yesterday')).toContain('time mentioned');
    expect(cuesOf('used it for 3 weeks, it broke 2 days ago')).toContain('time mentioned');
    expect(cuesOf('I have been waiting for 3 months')).toContain('time mentioned');
  });

  test('getting used to a thing is no wait', () => {
    expect(cuesOf('Took about a week to get used to it but my back pain is gone')).not.toContain('long wait');
    expect(cuesOf('It took about a week to arrive')).toContain('long wait');
  });

  test('"no calls dropped" and "no word of a lie" are no silence', () => {
    expect(cuesOf('No calls dropped on the tube anymore, cheers @O2')).not.toContain('no one answers');
    expect(cuesOf('No word of a lie, the staff here are lovely')).not.toContain('no one answers');
  });

  test('no extra charge is money, not a charger not working', () => {
    expect(cuesOf('Staff let us check out late at no extra charge, a lovely surprise')).not.toContain(
      'not working',
    );
    expect(cuesOf('my phone will not charge')).toContain('not working');
  });

  test('noise cancelling is no cancellation', () => {
    expect(cuesOf('Great noise cancelling, battery lasts forever')).not.toContain('cancelled');
    expect(cuesOf('The noise cancellation on these headphones is incredible')).not.toContain('cancelled');
    expect(cuesOf('they keep cancelling my flights')).toContain('cancelled');
  });

  test('ids in capitals are nobody shouting', () => {
    expect(shoutedWords('Ticket HELP-4411 closed, see CASE123 and ORDER 4412')).toBe(1);
  });

  test('charged for something is not "charged twice"', () => {
    expect(cuesOf('I was charged for order ZX991 but it was cancelled')).toEqual(
      expect.arrayContaining(['charged for']),
    );
    expect(cuesOf('I was charged for order ZX991 but it was cancelled')).not.toContain('charged twice');
    expect(cuesOf('you charged me twice')).toContain('charged twice');
  });
});

describe('sentiment lexicon', () => {
  test('negation flips the next words until punctuation', () => {
    expect(sentimentHits(tokensOf('no problems at all, thank you'))).toMatchObject({
      negative: [],
      positive: ['no problems', 'thank'],
      last: 1,
    });
    expect(sentimentHits(tokensOf('not happy! great job'))).toMatchObject({
      negative: ['not happy'],
      positive: ['great'],
    });
  });

  test('knows the words of a bad product review, not only of a bad service', () => {
    expect(sentimentHits(tokensOf('fries were soggy and the burger undercooked')).negative).toEqual([
      'soggy',
      'undercooked',
    ]);
    expect(sentimentHits(tokensOf('the seams frayed and the colour faded')).negative).toEqual([
      'frayed',
      'faded',
    ]);
    expect(sentimentHits(tokensOf('not greasy at all')).positive).toEqual(['not greasy']);
  });

  test('negation stops where a sentence or clause ends, not at a comma', () => {
    const text = 'they replaced it, no questions asked. Great service';
    const starts = clauseStarts(normalise(text), true, 0);
    expect([...starts]).toEqual([tokensOf(text).indexOf('great')]);
    expect(sentimentHits(tokensOf(text), clausesOf(text)).positive).toEqual(['great']);
    expect(sentimentHits(tokensOf(text)).negative).toEqual(['no great']);
    const dash = 'never again \u2014 love it';
    expect(sentimentHits(tokensOf(dash), clausesOf(dash)).positive).toEqual(['love']);
    const comma = 'not working, terrible';
    expect(sentimentHits(tokensOf(comma), clausesOf(comma)).positive).toEqual(['not terrible']);
  });

  test('clause starts line up with the tokens features use: a handle added in front, or handles left out', () => {
    const text = '@acme not good. fine now';
    const n = normalise(text);
    const fine = tokensOf(text).indexOf('fine');
    expect([...clauseStarts(n, true, 0)]).toEqual([fine]);
    expect([...clauseStarts(n, true, 1)]).toEqual([fine + 1]);
    expect([...clauseStarts(n, false, 0)]).toEqual([fine - 1]);
    expect(extractFeatures('Not one problem. Great service').labels.get('lex:positive')).toBe(
      'not problem, great',
    );
  });

  test('notes the polarity the text ends on and intensified complaints', () => {
    expect(sentimentHits(tokensOf('love the app but it is so slow'))).toMatchObject({
      last: -1,
      intensified: 1,
    });
    expect(sentimentHits(tokensOf('watching the game tonight'))).toMatchObject({ last: 0, intensified: 0 });
    const f = extractFeatures('nice staff but absolutely useless app');
    expect(f.values.get('lex:ends negative')).toBe(1);
    expect(f.values.get('lex:intensified')).toBe(1);
  });
});

describe('extractFeatures', () => {
  test('reads sarcastic praise as negative', () => {
    const f = extractFeatures('great, another 3 hour delay, thanks @airline');
    expect(f.values.has('k:sarcastic opening')).toBe(true);
    expect(f.values.has('lex:positive')).toBe(false);
    expect(f.labels.get('lex:negative')).toContain('sarcastic great');
  });

  test('reads the problem words of a problem put right as past, not as a complaint or sarcasm', () => {
    const f = extractFeatures('Thanks @acme for fixing my broken kettle so quickly!');
    expect(f.values.has('k:problem resolved')).toBe(true);
    expect(f.values.has('k:broken')).toBe(false);
    expect(f.values.has('lex:negative')).toBe(false);
    expect(f.values.has('k:sarcastic opening')).toBe(false);
    expect(f.values.has('lex:mixed')).toBe(false);
    // The service a fix story names is the one that fixed it.
    const told = extractFeatures('Customer support fixed my broken account within an hour, thanks!');
    expect(told.values.has('k:problem resolved')).toBe(true);
    expect(told.values.has('k:customer service')).toBe(false);
    // Not put right: the same words stay a complaint's.
    const g = extractFeatures('Thanks @acme for the broken kettle');
    expect(g.values.has('k:broken')).toBe(true);
    expect(g.values.has('k:sarcastic opening')).toBe(true);
    expect(g.words).toContain('broken');
  });

  test('leaves out the n-grams of the problem words and negations of a problem put right', () => {
    const f = extractFeatures('They replaced my broken kettle, no questions asked. Great service!');
    expect(f.values.has('k:problem resolved')).toBe(true);
    expect(f.words).not.toContain('broken');
    expect(f.words).not.toContain('no');
    expect(f.words).toEqual(expect.arrayContaining(['replaced', 'kettle', 'questions', 'great']));
    expect(wordKeys(f)).toContain('b:kettle questions');
    // The same words in a complaint keep their n-grams.
    const open = extractFeatures('They sent a broken kettle, no reply since.');
    expect(open.words).toEqual(expect.arrayContaining(['broken', 'no']));
  });

  test('scales the n-grams of a text longer than lengthRef words by lengthRef / words', () => {
    const tweet = extractFeatures('@shop my order never arrived and nobody answers');
    expect(tweet.scale).toBe(1);
    const long = extractFeatures(
      Array.from({ length: 50 }, (_, i) => ['red', 'green', 'blue', 'cyan', 'pink'][i % 5]).join(' '),
    );
    expect(long.scale).toBeCloseTo(DEFAULT_FEATURES.lengthRef! / 50, 10);
    const named = namedValues(long, DEFAULT_FEATURES);
    expect(named.get('w:green')).toBeCloseTo(long.scale, 10);
    // Character n-grams carry the same scale: each value is the unscaled one times the scale.
    const unscaledConfig = { ...DEFAULT_FEATURES, lengthRef: undefined };
    const unscaled = namedValues(extractFeatures(long.tokens.join(' '), unscaledConfig), unscaledConfig);
    const chars = [...named].filter(([k]) => k.startsWith('c:'));
    expect(chars.length).toBeGreaterThan(10);
    for (const [k, v] of chars) expect(v).toBeCloseTo(unscaled.get(k)! * long.scale, 10);
    // Without lengthRef (models trained before it) nothing is scaled.
    expect(extractFeatures(long.tokens.join(' '), { ...DEFAULT_FEATURES, lengthRef: undefined }).scale).toBe(
      1,
    );
  });

  test('treats a text as addressed to a brand only when asked, and only once', () => {
    const named = (text: string, addressed = false) =>
      namedValues(extractFeatures(text, DEFAULT_FEATURES, addressed), DEFAULT_FEATURES);
    expect(named('still waiting').has('w:@user')).toBe(false);
    expect(named('still waiting', true).get('w:@user')).toBe(1);
    expect(named('@a @b still waiting', true).get('w:@user')).toBe(1);
  });

  test('gives readable reasons only for meaningful words and phrases', () => {
    const f = extractFeatures('@shop refund for the order https://t.co/x !!');
    expect(reasonFor(f, 'w:refund')).toBe('refund');
    expect(reasonFor(f, 'w:!!')).toBe('!!');
    expect(reasonFor(f, 'w:the')).toBeUndefined();
    expect(reasonFor(f, 'w:<url>')).toBeUndefined();
    expect(reasonFor(f, 'b:for the')).toBeUndefined();
    expect(reasonFor(f, 'k:refund')).toBe('refund');
  });
});

describe('scoring words and bigrams by token', () => {
  // Scoring looks tokens up directly while training names every feature: both must see the same ones.
  const model = (weights: Record<string, number>) =>
    compileModel({
      version: 1,
      features: DEFAULT_FEATURES,
      bias: 0,
      platt: { a: 1, b: 0 },
      threshold: 0.5,
      weights,
    });

  test('finds every named word and bigram feature by token, each once, in training order', () => {
    const f = extractFeatures('refund refund now, refund now!!', DEFAULT_FEATURES, true);
    const named = [...namedValues(f, DEFAULT_FEATURES).keys()].filter((k) => /^[wb]:/.test(k));
    const weights = Object.fromEntries(named.map((k, i) => [k, i + 1]));
    const compiled = model(weights);
    for (let round = 0; round < 2; round++) {
      // Twice: a second text (here the same one) must see its words again.
      const found = tokenWeights(compiled.tokens, f);
      const keys = found.kinds.map((kind, i) =>
        kind === 1 ? `w:${found.keys[i]}` : `b:${found.keys[i]} ${found.seconds[i]}`,
      );
      expect(keys).toEqual(named);
      expect(found.weights).toEqual(named.map((k) => weights[k]));
    }
    expect(named.filter((k) => k === 'w:refund')).toHaveLength(1);
    expect(named).toContain('b:refund now');
  });

  test('scores a text as training sees it: the margin is the weights times namedValues, long texts too', () => {
    const short = 'still waiting for my refund, no reply!!';
    const long = `${short} ${'the parcel came late and the box was torn open at one corner '.repeat(4)}`;
    for (const text of [short, long]) {
      const f = extractFeatures(text, DEFAULT_FEATURES, true);
      const named = namedValues(f, DEFAULT_FEATURES);
      // Distinct weights for every feature, character buckets included.
      const weights = Object.fromEntries([...named.keys()].map((k, i) => [k, ((i % 13) - 6) / 10]));
      const expected = [...named].reduce((z, [k, v]) => z + weights[k] * v, 0);
      expect(margin(model(weights), extractFeatures(text, DEFAULT_FEATURES, true))).toBeCloseTo(expected, 3);
    }
    expect(extractFeatures(long, DEFAULT_FEATURES, true).scale).toBeLessThan(1);
  });
});
