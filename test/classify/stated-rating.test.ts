import { statedStars } from '../../src/classify/stated-rating.js';

// Ratings written in reviews and tweets (the dev tweets' "i just gave 5 stars to nancy at @neimanmarcus",
// "1/10 not recommended"), and look-alikes a review found read as ratings: hypotheticals, stars taken
// off, sarcasm, others' ratings, kinds of hotel or airline, people, thread counters and dates.
const stated: [string, number | undefined][] = [
  // should be a rating
  ['Two stars. The lid cracked in a week.', 2],
  ['one star - the HDMI port was loose', 1],
  ['Would give zero stars if I could.', 1],
  ['not even one star', 1],
  ['i just gave 5 stars to nancy at @neimanmarcus for the great service i received!', 5],
  ["I'd give it six stars if I could.", undefined],
  ['Three stars because it works.', 3],
  ['Solid 4 stars. Only reason', 4],
  ['It spatulas. 5 stars.', 5],
  ['5 stars for the taste, 1 star for the packaging', 1],
  ['without a single question. 1/10 not recommended.', 1],
  ['rated it 3/5.', 3],
  ['4 out of 5', 4],
  ['10/10 would buy again', 5],
  ['Negative 5 stars if I could. Worst airline ever.', 1],
  ['-10 stars. Package never arrived', 1],
  ['No stars.', 1],
  ['0 stars if i could', 1],
  ['★★☆☆☆ meh', 2],
  ['2/5 - battery dies fast', 2],
  ['1/5 avoid', 1],
  ['@comcast 1 star review incoming', undefined],
  ['4.5 stars', 4],
  ['Five Stars', 5],
  ['One Star', 1],
  ['2 out of 5 stars', 2],
  ['Taste 5 stars, delivery 1 star', 1],
  ['1* product, broke', 1],
  ['I gave it 4 stars', 4],
  ["I'm giving it one star because I can't give zero.", 1],
  ['A solid 4 stars, would buy again', 4],
  // should be none
  ['Would give 5 stars but it broke after a week.', undefined],
  ['Would have been 5 stars if it hadnt stopped charging.', undefined],
  ["Can't give it 5 stars because the battery dies", undefined],
  ['Not a 5 star experience at all', undefined],
  ['Definitely not five stars.', undefined],
  ['Great blender. -1 star for the noise.', undefined],
  ['Love it, minus one star because shipping was slow.', undefined],
  ['Knocked off one star for the price, otherwise perfect.', undefined],
  ['Took off 1 star for the packaging.', undefined],
  // Read as 5, but classify ignores a 4 or 5 beside a named problem (see hand-set.test.ts).
  ['5 stars for losing my luggage again @AmericanAir', 5],
  ['@Delta 5 star service as always, lost my bag', undefined],
  ['Everyone says five stars but mine arrived broken', undefined],
  ['The app shows 4.5 stars but it crashes constantly', undefined],
  ['Critics gave it 5 stars. I want my 2 hours back.', undefined],
  ['The movie got 4 stars from the Guardian but it was awful', undefined],
  ['rated 5 stars by Forbes', undefined],
  ['@qatarairways you are supposed to be a 5 star airline and you lost my bag', undefined],
  ['Got upgraded to 5 star status with @Delta', undefined],
  ['My repo got 40 stars on GitHub', undefined],
  ['a one-star Michelin restaurant', undefined],
  ['one star of the team was injured', undefined],
  ['The two stars of the film were at the premiere', undefined],
  ['no star wars for me', undefined],
  ['Big news from @Apple today 1/5', undefined],
  ['Thread 1/5', undefined],
  ['Placed my order 5/5. Still nothing.', undefined],
  ['Monday 5/5, still no refund', undefined],
  ['ordered 2/5. nothing yet', undefined],
  ['Only received 2 out of 5.', undefined],
  ['a 5 star hotel with dirty rooms', undefined],
  ['the app has a 4 star rating', undefined],
  ['bought it because of all the five-star reviews', undefined],
  ['see you on 1/5!', undefined],
  ['9 out of 10 dentists', undefined],
  ['24/7 support', undefined],
  ['half a star', undefined],
  ['5/5/2024 was great', undefined],
  ['there are no stars in the sky', undefined],
  ['"5 stars" they said. Lies.', undefined],
  ['My wife gave it 5 stars', undefined],
  // A negative number is no rating without its stars (the dev file's "Cagnacci (Italian, 1601 - 1663)").
  ['Guido Cagnacci (Italian, 1601 - 1663), the star of the show', undefined],
];
test.each(stated)('%j states %p', (text, stars) => {
  expect(statedStars(text)).toBe(stars);
});

test('hostile runs are read in linear time', () => {
  // Each would take seconds if a pattern tried every split of the run (a run of "just" took 2 s).
  expect(statedStars(`3/5${'.'.repeat(100_000)}x`)).toBe(3);
  expect(statedStars(`x 3/5${'!'.repeat(100_000)}`)).toBeUndefined();
  expect(statedStars(`i ${'just '.repeat(20_000)}x star`)).toBeUndefined();
  expect(statedStars(`. ${'@a '.repeat(30_000)}x stars`)).toBeUndefined();
  expect(statedStars(`${' - '.repeat(30_000)}stars`)).toBeUndefined();
  expect(statedStars('55/'.repeat(30_000))).toBeUndefined();
});
