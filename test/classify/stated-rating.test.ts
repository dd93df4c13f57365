import { statedStars } from '../../src/classify/stated-rating.js';

// Ratings written in reviews and tweets (the dev tweets' "i just gave 5 stars to nancy at
// @neimanmarcus", "4 of 5 stars to doctor sleep", "1/10 not recommended"), and look-alikes that are none.
const stated: [string, number | undefined][] = [
  ['Two stars. The lid cracked in a week.', 2],
  ['one star - the HDMI port was loose right out of the box', 1],
  ['Would give zero stars if I could. Package marked delivered, never arrived.', 1],
  ['not even one star', 1],
  ['i just gave 5 stars to nancy at @neimanmarcus for the great service i received!', 5],
  ['4 of 5 stars to doctor sleep by stephen king https://t.co/5meankxjhk', 4],
  ["I'd give it six stars if I could.", 5],
  ['Three stars because it works, nothing special.', 3],
  ['Solid 4 stars. Only reason it is not 5 is the colours.', 4],
  ['It spatulas. 5 stars.', 5],
  ['5 stars for the taste, 1 star for the packaging', 1],
  ['without a single question. 1/10 not recommended.', 1],
  ['rated it 3/5.', 3],
  ['4 out of 5', 4],
  ['10/10 would buy again', 5],
  // None: a kind of hotel, a star taken off, an average, others' reviews, dates, shares, times.
  ['a 5 star hotel with dirty rooms', undefined],
  ['the one missing star is only because I have not owned it long. one star off for that', undefined],
  ['the app has a 4 star rating', undefined],
  ['bought it because of all the five-star reviews', undefined],
  ['two days later another legit 5 star review is removed. #scam', undefined],
  ['see you on 1/5!', undefined],
  ['my flight 1/10 was cancelled', undefined],
  ['9 out of 10 dentists agree', undefined],
  ['8/10 times probably me', undefined],
  ['24/7 support my foot', undefined],
  ['the star wars prop tour', undefined],
  ['half a star', undefined],
];
test.each(stated)('%j states %p', (text, stars) => {
  expect(statedStars(text)).toBe(stars);
});

test('hostile runs are read in linear time', () => {
  // Each would take seconds if a pattern tried every split of the run.
  expect(statedStars(`3/5${'.'.repeat(100_000)}x`)).toBeUndefined();
  expect(statedStars(`3/5${'!'.repeat(100_000)}`)).toBe(3);
  expect(statedStars(`${'1 '.repeat(50_000)}stars`)).toBe(1);
  expect(statedStars('55/'.repeat(30_000))).toBeUndefined();
});
