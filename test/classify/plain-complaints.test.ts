import { classify } from '../../src/classify/index.js';
import { extractFeatures } from '../../src/classify/features.js';
import { plainComplaint } from '../../src/classify/plain-complaints.js';

const label = (text: string) => plainComplaint(extractFeatures(text));

// Constructed posts of the kinds the QA pass found scored as no complaint, and their look-alikes.
test.each([
  ['Acme lost my package', 'lost by them'],
  ['Acme my package was lost', 'lost by them'],
  ['@acmehelp my parcel got lost in transit', 'lost by them'],
  ['@united lost my bag again. seriously?', 'lost by them'],
  ['Really inconvenient @SouthwestAir for losing my luggage.', 'lost by them'],
  ['@AmericanAir cancelled my flight an hour before boarding', 'cancelled by them'],
  ['my order was cancelled without any notice', 'cancelled by them'],
  ['I think they cancelled my flight', 'cancelled by them'],
  ["I can't believe Ryanair cancelled my flight", 'cancelled by them'],
  ['Im so angry, Ryanair cancelled my flight', 'cancelled by them'],
  ['Just got my flight cancelled for the third time this month', 'cancelled by them'],
  ['Sick of having my flight cancelled last minute', 'cancelled by them'],
  ['The technician did not fix the leak and still billed us', 'job not done'],
  ['chat bot keeps sending me in circles', 'wants a human'],
  ['Not what I ordered. Asked for navy, received purple', 'not as described'],
  // The airline tweets' own spelling.
  ['@SouthwestAir flight Cancelled Flightled again', 'cancelled by them'],
  ['Not as described.', 'not as described'],
  ['Looks nothing like the picture', 'not as described'],
  ['The chips were soggy', 'faulty product'],
  ['arrived with a cracked screen', 'faulty product'],
  ['i want my money back', 'wants money back'],
  ['please just give me my money back.', 'wants money back'],
  ['wrong item delivered', 'wrong item'],
  ['you sent me the wrong size again', 'wrong item'],
  ['@AmericanAir thanks for nothing', 'thanks for nothing'],
  // From a review set written blind to the classifier, and look-alikes.
  ['smaller than it looks in the pictures, a lot smaller. kinda feel scammed', 'not as described'],
  ['The blanket is much thinner than advertised.', 'not as described'],
  ['The sofa cushions went flat within a month. For this price I expected much better.', 'let down'],
  ['I expected more from this brand.', 'let down'],
  [
    'I wanted to love this swimsuit. Unfortunately the colors faded the first time I wore it in a pool.',
    'let down',
  ],
  ['Taste was fine but there was a piece of plastic in my burrito.', 'something in the food'],
  ['found a hair in my soup', 'something in the food'],
  ['Arrived with a huge scratch across the front. Not happy.', 'faulty product'],
  ['Mine came with a dead pixel right in the middle of the screen.', 'faulty product'],
  ["Doesn't fit as described. Had to return it.", 'not as described'],
  ['The mattress is sagging already after two months. Disappointed.', 'faulty product'],
  ['Paid for a sea view room and got a view of the parking garage.', 'wrong item'],
  ['@JetBlue paid for extra legroom and got moved to a middle seat in row 29', 'wrong item'],
  ['Ordered a large and received a small. Typical.', 'wrong item'],
  // From a review of this session's phrases: common wordings they missed.
  ['Expected so much more from @Apple, the battery is a joke', 'let down'],
  ['Not what I was hoping for. The fabric feels cheap.', 'let down'],
  ["There's a hair on my pizza. Gross.", 'something in the food'],
  ['a piece of metal was in my burger, disgusting', 'something in the food'],
  ['Arrived covered in scratches. Not happy.', 'faulty product'],
  ['Much smaller than I expected, looks cheap', 'not as described'],
])('%s -> %s', (text, expected) => {
  expect(label(text)).toBe(expected);
  expect(classify(text)).toMatchObject({ complaint: true });
  expect(classify(text).reasons[0]).toBe(expected);
});

test.each([
  'I lost my receipt, can I still return it?',
  'we lost our way to the gate but staff helped',
  'lost my mind at the concert lol',
  'nothing wrong with the order, thanks',
  'money back guarantee is great',
  'I picked the wrong size, can I exchange it?',
  'I cancelled my order yesterday, all fine',
  'we cancelled our trip',
  'if my flight is cancelled can I get a refund?',
  'in case my flight is cancelled do I get a voucher?',
  // Cancelling the customer asks for, or did.
  'Please get my order cancelled',
  'I need my appointment cancelled',
  'Can I have my order cancelled please?',
  'I would like my booking cancelled',
  'How do I get my order cancelled?',
  'I have just cancelled my order, all fine',
  'I went ahead and cancelled my order',
  // No fault: negated, a person, or put right.
  'The fries were not soggy at all, great',
  "I'm burnt out after this week",
  'torn between the blue and the red one',
  'they replaced my cracked screen in a day, thanks',
  // Things that are not a faulty product, and pictures outdone.
  'Loving the burnt orange colour of my new @acme jacket',
  'Try our new cracked pepper chicken, only at @acme',
  'The stained glass windows at the @acme hotel are gorgeous',
  "Been ages since I played, I'm a bit rusty but @acme game is great fun",
  "I've never had a soggy pizza from @dominos",
  'Arrived well packed, nothing was cracked or dented, thanks @acme',
  "@acme Looks nothing like the picture, it's even nicer in person!",
  'Honestly not as pictured @acme, way better in real life, love it',
  'filthy rich and famous',
  // Bigger than it looks and loved; better than expected; a bug in code, a stone in a shoe.
  'bigger than it looks, love it',
  'It was better than I expected. More room too',
  'I expected more people at the launch',
  'I wanted to love it and I do!',
  'my kids wanted to love it',
  'there is a bug in my code',
  'a stone in my shoe again',
  'no hair in my food ever, super clean kitchen',
  'is that a fly in my soup?',
  'came with a scratch-resistant screen protector',
  'ordered on monday and got it wednesday',
  'booked through expedia and got a great rate',
  'paid for economy and got upgraded to business!',
  'ordered the blue one and got lots of compliments',
  'I ordered a pizza and got a call from the driver',
  'did you order the red one and get the blue?',
  'Booked through the app and got 10% off.',
  'Paid for extra legroom and got a whole row to myself.',
  'Ordered at 9pm and got delivery by 9:30.',
  'Paid for the spa day and got pampered all afternoon.',
  // From the same review: music, the weather, questions, how-tos, skin, recipes, an old product.
  'Jamming to the new Taylor Swift album on my new @Sonos',
  'Traffic was jammed on the way to the airport but the flight was fine',
  'I expected more rain this weekend',
  'I expected more pushback but they refunded me straight away',
  'Anyone else hoping for better battery in the next model?',
  'Does this printer get jammed a lot? Thinking of buying',
  "Paper jammed? Here's how to clear it in 30 seconds",
  'My skin was sagging until I found this cream',
  'My old mattress was saggy, this one is firm and supportive',
  'The room was bigger than in the photos',
  'Always remove the bones in the fish before serving to kids',
  'Got a hair in my eye at lunch',
  'Arrived with a tear in my eye, best gift ever',
  "It doesn't fit as described in the size chart? Should I size up?",
  'came with a stain remover pen',
  'Arrived without a single scratch',
  'Checked for dead pixels and found none',
  "I didn't clean it for a month",
  // From a third review: praise, worries, questions before buying, unboxing.
  'Hotel room was squeaky clean and the staff were lovely',
  "Washed it loads and it hasn't shrunk or faded",
  "Had these boots two winters and they haven't cracked or peeled",
  'Was worried the vase would arrive cracked but it was perfect',
  'Are the chairs wobbly at all or pretty sturdy?',
  'Ripped open the box the second it arrived, love it',
  'Just cracked open my new console, setup was a breeze',
  "Couldn't finish the burger, portions are massive. Will be back!",
  "I'd never replace this vacuum, best purchase ever",
  "Love that it's still charging at full speed after 500 cycles",
  'So refreshing to speak to a real person when I called, sorted in minutes',
])('no plain complaint: %s', (text) => {
  expect(label(text)).toBeUndefined();
});

// A review is read as written to a brand, so its tokens open with a handle: phrases that open a text
// open after it ("Avoid!", "Zipper split on the second wear.", "Wanted to love this blender").
test.each([
  ['Avoid!', 'warns others off'],
  ['Refund me now', 'wants money back'],
  ['Zipper split on the second wear.', 'faulty product'],
  ['Wanted to love this blender so badly', 'let down'],
  ['@Acme wanted to love this', 'let down'],
])('read as addressed: %s -> %s', (text, expected) => {
  expect(plainComplaint(extractFeatures(text, undefined, true))).toBe(expected);
});

test('numbers are <num> among the tokens, so "thx 4 nothing" is the phrase too', () => {
  expect(label('thx 4 nothing acme')).toBe('thanks for nothing');
});

// The phrase is found; whether the text is a complaint is left to the model and the shift together.
test.each([
  ['The screen arrived cracked', 'faulty product'],
  ['Box arrived ripped open and half the items were missing', 'faulty product'],
  ['Why is the pizza always soggy?', 'faulty product'],
  ["Engineer came out, didn't even try to fix the boiler, just left", 'job not done'],
  ["The builders didn't finish the job", 'job not done'],
  ['You are still charging me for a cancelled account', 'job not done'],
  ['Please my flight got cancelled', 'cancelled by them'],
  ['I get that the train was cancelled', 'cancelled by them'],
  // Each phrase runs only when the text holds a word it needs: "missing" and "showed" were not listed.
  ['@acme my parcel went missing', 'lost by them'],
  ['Package marked delivered but never showed up.', 'job not done'],
  ["It's no good, I need to speak to a human", 'wants a human'],
])('kept by the third review: %s -> %s', (text, expected) => {
  expect(label(text)).toBe(expected);
});

test('falling to pieces is a faulty product too', () => {
  expect(label('Stitching came loose after one wash')).toBe('faulty product');
  expect(label('The sole fell apart in a month')).toBe('faulty product');
});

// Faults reviews tell as events rather than with a fault word; and look-alikes, many of them praise a
// review found the first, looser form of the rule read as faults.
test.each([
  ['The sole started peeling away from the shoe after three weeks', 'faulty product'],
  ['Mattress started sagging in the middle after four months.', 'faulty product'],
  ['the belt buckle paint is already chipping off', 'faulty product'],
  ['The buttons fell off one by one.', 'faulty product'],
  ['The handle came off the pot after a week.', 'faulty product'],
  ['Mine died the day after the return window closed.', 'faulty product'],
  ['the battery just died after two weeks', 'faulty product'],
  ['The printer died a week after the warranty ended.', 'faulty product'],
  ['Zipper split on the second wear.', 'faulty product'],
  ['The seams split the first time I wore them.', 'faulty product'],
  ['The blender lid doesn’t seal, so every smoothie sprays out the top.', 'faulty product'],
  ['paddles won’t stay on in the basket anymore', 'faulty product'],
  ['It arrived smelling like cigarette smoke.', 'faulty product'],
  ['Tastes like cardboard dipped in sweetener.', 'faulty product'],
  ['The milk smells off.', 'faulty product'],
  ['Battery life is nowhere near the advertised 12 hours.', 'faulty product'],
  ['The material is see-through, you can read a newspaper through it.', 'faulty product'],
  ['not too sweet and the kids love it', undefined],
  ['I was worried it would start peeling but it still looks new', undefined],
  ['I thought the seams would split but they held', undefined],
  ['it has never once started leaking', undefined],
  ['my grandad died last week', undefined],
  ['Former House Speaker Jim Wright died at 92', undefined],
  ['@Uber my phone died and the driver still waited for me', undefined],
  ['the cat fell off the sofa', undefined],
  ['the stain came off easily with your spray', undefined],
  ['The lid comes off for easy cleaning', undefined],
  ['the stickers peeled off easily, no residue', undefined],
  ['they started to break in after a week and now they are so comfy', undefined],
  ['my acne started to fade within days', undefined],
  ['I started tearing up reading this, thank you', undefined],
  ['we split the bill', undefined],
  ['Republicans split on new spending bill', undefined],
  ['these cookies didn’t last a day in our house!', undefined],
  ['Hurry, this deal won’t last!', undefined],
  ['most jeans don’t fit me but these are perfect', undefined],
  ['Great late night spot, the kitchen doesn’t close until 2am', undefined],
  ['Other brands are too tight on me, these are just right', undefined],
  ['fragrance free, smells like nothing, perfect for my sensitive skin', undefined],
  ['nowhere near as bad as the reviews said', undefined],
  ['love the see-through case', undefined],
  ['I can see through your excuses', undefined],
  ['smells like heaven', undefined],
  // Found by a second review.
  ['Not gonna lie, the strap came off on day two', 'faulty product'],
  ['Not impressed, the handle fell off after a week.', 'faulty product'],
  ['The stones fell out after one wear.', 'faulty product'],
  ['The seams came undone after one wash.', 'faulty product'],
  ['The TV died after 13 months.', 'faulty product'],
  ['Arrived dead.', 'faulty product'],
  ['The room smelled like smoke.', 'faulty product'],
  ['The lid won’t close.', 'faulty product'],
  ['Doesn’t hold up after washing.', 'faulty product'],
  ['Started to tear after a month.', 'faulty product'],
  ['The backlight died within a week.', 'faulty product'],
  ['Sole started separating within a month.', 'faulty product'],
  ['The strap comes off easily so you can wash it separately', undefined],
  ['The old paint came off in minutes with the stripper, amazing stuff', undefined],
  ['My old laptop died after 8 years so I got the new one, loving it', undefined],
  ['@Uber my phone died on me and the driver still waited, legend', undefined],
  ['Police started to crack down on e-scooters this week', undefined],
  ['Everyone started chipping in for the gift', undefined],
  ['I won’t stay up for the event tonight', undefined],
  ['Don’t stay in tonight, come to our happy hour!', undefined],
  ['How to handle a stock split', undefined],
  ['Ordered the 12 piece box and split it with my sister, so good', undefined],
  ['Does the milk smell off to you?', undefined],
  ['Most sunscreens smell like chemicals, this one smells amazing', undefined],
  ['Other lunchboxes don’t seal properly, this one does', undefined],
  ['@customer We’re sorry to hear the strap came off. Please DM us', undefined],
  ['The lid is see-through so I can see when it is boiling', undefined],
])('a fault told as an event: %s -> %s', (text, expected) => {
  expect(label(text)).toBe(expected);
});

// Review verdicts that warn others off, and look-alikes: praise, conditions, comparisons.
test.each([
  ['Do not buy. It broke in a week.', 'warns others off'],
  ["Don't waste your money.", 'warns others off'],
  ['Would not recommend.', 'warns others off'],
  ['Stay away from this seller.', 'warns others off'],
  ['Not worth the money.', 'warns others off'],
  ['Save your money.', 'warns others off'],
  ['Not impressed. Never again.', 'warns others off'],
  ['Sent it back the next day.', 'warns others off'],
  ['worst customer service ever. Waste of time.', 'warns others off'],
  ['@DropboxSupport I was overcharged. I want a refund.', 'wants money back'],
  ["I can't recommend this enough.", undefined],
  ['if you dont buy now you will miss out', undefined],
  ['not a waste of money at all', undefined],
  ["Don't waste your money on expensive brands, this works just as well", undefined],
  ["Don't buy the cheap ones, buy these", undefined],
  ['never again will I buy another brand', undefined],
  ['I would not recommend anything else', undefined],
  ['avoid the queues by using the app', undefined],
  // Found by a second review.
  ['No joke, sent it back the next day', 'warns others off'],
  ['Avoid!', 'warns others off'],
  ['Returned it.', 'warns others off'],
  ['Never buying from them again.', 'warns others off'],
  ['We won’t be back.', 'warns others off'],
  ['Buyer beware.', 'warns others off'],
  // Found by a measurement on written reviews.
  ['I returned it. The noise was unbearable.', 'warns others off'],
  ['Save your money and buy something else.', 'warns others off'],
  ['I returned it and got the bigger size, love it', undefined],
  ['I’d like a refund please.', 'wants money back'],
  ['I want to return it and get a refund.', 'wants money back'],
  ['Don’t buy the first size you see, measure first', undefined],
  ['Don’t order the salad, the burger is the star here', undefined],
  ['Don’t bother with screen protectors, the glass is tough', undefined],
  ['I don’t buy it. No way that’s true', undefined],
  ['Stay away from the sun this weekend, heatwave warning issued', undefined],
  ['Never again. We remember the six million.', undefined],
  ['I’ll never again doubt @acme, best pizza in town', undefined],
  ['Not worth the hassle of driving, @Uber gets me there', undefined],
  ['5 ways to save your money this Christmas', undefined],
  ['Save your money with our new weekend deals!', undefined],
  ['To avoid this in future, please clear your cache', undefined],
  ['Is the pro plan a waste of money?', undefined],
  ['Meetings that could have been an email are such a waste of time', undefined],
  ['Everyone told me don’t buy it, but I love it', undefined],
  ['Sent them back for a different colour, super easy returns', undefined],
  ['I’ll never buy from another store again', undefined],
  ['Do you want a refund or a replacement? DM us', undefined],
  ['Customers who want a refund can apply online', undefined],
  ['I don’t need a refund, the driver found my bag', undefined],
])('a verdict: %s -> %s', (text, expected) => {
  expect(label(text)).toBe(expected);
});
