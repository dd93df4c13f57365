import { classify } from '../../src/classify/index.js';
import { extractFeatures } from '../../src/classify/features.js';
import { plainComplaint } from '../../src/classify/plain-complaints.js';

// Read as a review is: written to a brand.
const label = (text: string) => plainComplaint(extractFeatures(text, undefined, true));

// Plain complaints of reviews that name no fault word, from review sets written blind to the
// classifier, and their look-alikes.
test.each([
  ['Way too small.', 'too small'],
  ['Ordered my usual size and it is too small. Sending back.', 'too small'],
  ['The music was way too loud and the food too salty.', 'too loud'],
  ['The jacket is too tight in the shoulders', 'too tight'],
  ['way too many ads', 'too many ads'],
  ['TOO MANY ADS', 'too many ads'],
  ['Too much sugar in this one', 'too much sugar'],
  ['Battery dies in an hour.', 'faulty product'],
  ['The battery only lasts 3 hours.', 'faulty product'],
  ['Battery drains within 2 hours even on standby.', 'faulty product'],
  ['Only lasts an hour.', 'faulty product'],
  ['Game is pay to win now, used to be fun.', 'gone downhill'],
  ['Used to be my favorite app before the redesign', 'gone downhill'],
  ['Has gone downhill since the new owners', 'gone downhill'],
  ["It's not what it used to be", 'gone downhill'],
  ['I used to love this place', 'gone downhill'],
  ['Box came without the remote.', 'missing part'],
  ['Arrived without instructions', 'missing part'],
  ['two screws were missing', 'missing part'],
  ['The pizza was cold.', 'served cold'],
  ['The sushi rice was hard and cold like it came straight from the fridge.', 'served cold'],
  ['fries came out stone cold', 'served cold'],
  ['The shoes were too narrow for my feet', 'too narrow'],
  ['@McDonalds your fries used to be the best. What happened?', 'gone downhill'],
  ['@Ryanair 3rd cancelled flight this month', 'cancelled by them'],
  ['Came apart after a week but the seller insists it is perfect.', 'faulty product'],
  ['Breakfast was cold.', 'served cold'],
  ['There were ants everywhere in the kitchen.', 'pests or mould'],
  ['Found bed bugs on the second night.', 'pests or mould'],
  ['Black mould all over the shower.', 'pests or mould'],
  ['The bathroom had mold around the tub', 'pests or mould'],
  ['Internet drops every evening at 8pm', 'connection drops'],
  ['wifi keeps cutting out during calls', 'connection drops'],
  ['My bill went up $20 with no warning', 'price went up'],
  ['the renewal quote was double. Had to shop around again.', 'price went up'],
  ['closed during posted hours. twice.', 'closed in opening hours'],
  ['showed up at 8 and they had closed an hour early', 'closed in opening hours'],
])('%s is a plain complaint: %s', (text, expected) => {
  expect(label(text)).toBe(expected);
});

test.each([
  // Negated, feared, asked, then praised, or said of people and sayings.
  'Not too sweet, just right.',
  "Doesn't run too small.",
  "Worried it'd be too big but it fits.",
  'A little too big but I love it.',
  "She's getting way too big!",
  "Life's too short for bad coffee.",
  'Is it too loud?',
  "You're too sweet",
  'Not too many ads, which is nice',
  'might be too tight for some',
  'too big to fail',
  // Long battery life, or a party rather than a battery.
  'The battery lasts 10 hours, great.',
  'Battery lasts two hours.',
  'The party only lasts 2 hours so come early',
  // Still good, or a person's past.
  'This place used to be great and still is',
  'I used to be scared of flying',
  // Nothing missing.
  'Arrived without a scratch, love it',
  'came without any fuss',
  // Cold as it should be.
  'Salad was cold and crisp',
  'The beer was ice cold',
  // Look-alikes a review of these kinds found: people, pets and the writer's own doing; chatter that
  // merely holds the words; a question; a claim after "but".
  'My toddler is too loud.',
  'I put too much sugar in my tea oops',
  'My hair is too thick for most straighteners, so I was thrilled this one works.',
  "Is the medium too tight for someone who's 5'10?",
  'I came without my wallet, can someone Venmo me',
  'Spring came without warning this year.',
  'Sandwich came without onions just like I asked, perfect.',
  "Has anyone else's box come without the manual?",
  'Missing parts of the story here, can someone fill me in?',
  'Pizza was cold the next morning and honestly still delicious.',
  "The soup was cold on purpose, it's gazpacho!",
  'This only lasts 3 hours, so book the afternoon slot',
  'It only lasts an hour so bring snacks.',
  'I used to love this song so much',
  'My grandad used to be a fantastic dancer.',
  'Anyone else remember when MySpace used to be fun',
  'Has the quality gone downhill?',
  'Another cancelled class, yay, free period!',
  'Hoping they cancel my 8am class tomorrow',
  'No bed bugs, clean sheets, great stay',
  'Worried about bed bugs but it was spotless',
  'The memory foam will mold to your feet',
  'Do they check for bed bugs?',
  'ants in my pants lol',
  'Never saw a single ant or roach',
  'The signal never drops, even in the tunnel',
  'Price drops to 9.99 on Friday',
  'Premiums went up slightly this year',
  'Interest rates went up again',
  "Prices haven't gone up in years, love this place",
  'They closed early for the holiday',
])('%s is no plain complaint', (text) => {
  expect(label(text)).toBeUndefined();
});

test.each([
  'Way too small.',
  'Too loud.',
  'Battery dies in an hour.',
  'Box came without the remote.',
  'The pizza was cold.',
  'Room smelled of smoke.',
])('the short review %s is a complaint, with its plain complaint and shortness as reasons', (text) => {
  const result = classify(text);
  expect(result.complaint).toBe(true);
  expect(result.reasons.slice(0, 2)).toEqual([label(text), 'a short review naming a problem']);
});

test.each([
  ['@delta thanks for ruining my weekend', 'thanks for ruining'],
  ['thank you for wasting an hour of my life', 'thank you for wasting'],
  ['thanks for making me wait 2 hours', 'thanks for making me wait'],
])('sarcastic thanks are a plain complaint, shown as their words: %s', (text, expected) => {
  expect(label(text)).toBe(expected);
});

test('thanks for making my day are thanks', () => {
  expect(label('thanks for making my day!')).toBeUndefined();
});

test.each([
  'Pest control this Saturday: 20% off ant and roach treatments, call now!',
  'Ants are honestly amazing, they can carry 50 times their weight',
  'We found ants in the garden and my son spent an hour watching them',
  'Local restaurant closed after health inspectors found rat droppings, news at 10',
  'Mold and mildew resistant shower curtain, exactly what I needed',
])('pests named outside a stay or a meal are none: %s', (text) => {
  expect(label(text)).toBeUndefined();
});
