import { compileBrand, matchBrand } from '../../src/match/brand-matcher.js';

const acme = compileBrand({
  name: 'Acme',
  keywords: ['acme', '"acme cloud"', '#acmefail', 'a.c.m.e'],
  exclude: ['acme corp careers'],
  handles: { twitter: 'acmehelp' },
});

const cases: [string, string | undefined][] = [
  ['My ACME order never arrived', 'ACME'],
  ["acme's support is slow", 'acme'],
  ['Acme Cloud is down again', 'Acme'],
  ['#acmefail again today', '#acmefail'],
  ['@acmehelp any update?', '@acmehelp'],
  ['ask @AcmeHelp', '@AcmeHelp'],
  ['acmeco is a different company', undefined],
  ['the pinnacle of design', undefined],
  ['see acme corp careers page for jobs at acme', undefined],
  ['A.C.M.E. rules', 'A.C.M.E'],
  ['nothing here', undefined],
  ['Über-acme fans', 'acme'],
  // Japanese, Chinese, Korean and Thai write words together: a brand touching them is still a word.
  ['ACMEのバグが直らない', 'ACME'],
  ['我的acme订单', 'acme'],
  ['acme의 고객센터', 'acme'],
  ['acmeなのに', 'acme'],
  ['Acmeé is not it', undefined],
];

test.each(cases)('%s → %s', (text, expected) => {
  expect(acme.match(text)).toBe(expected);
});

test('phrases match across any white space and brands are tried in order', () => {
  const cloud = compileBrand({ name: 'Cloud', keywords: ['acme cloud'], exclude: [], handles: {} });
  expect(cloud.match('acme\n  cloud outage')).toBe('acme\n  cloud');
  expect(cloud.match('acme clouds')).toBeUndefined();
  expect(matchBrand([cloud, acme], 'acme cloud down')?.brand).toBe('Cloud');
  expect(matchBrand([cloud, acme], 'acme down')?.brand).toBe('Acme');
});

test('a keyword in Japanese matches inside running Japanese text', () => {
  const reality = compileBrand({ name: 'Reality', keywords: ['ゲーム'], exclude: [], handles: {} });
  expect(reality.match('Reality内のゲームが重い')).toBe('ゲーム');
  expect(reality.match('ゲームが好き')).toBe('ゲーム');
  expect(reality.match('no game here')).toBeUndefined();
});
