import { classify } from '../../src/classify/index.js';
import {
  hasPostalAddress,
  luhnValid,
  maskPersonalData,
  personalDataKinds,
} from '../../src/classify/personal-data.js';

// "dev" rows are tweets from the shared dev file (X-CI, MIT), quoted as they are; "constructed:" ones were
// written for the test with documentation numbers (Ofcom 07700 900xxx, test card 4111 1111 1111 1111).
test.each([
  [
    'dev: @AOLSupportHelp i have deactivated phone ,lost disable code. my email id is = belair7aig@aol.com',
    ['email'],
  ],
  ["dev: @VodafoneIN I don't have balance so call me 8384052361 plz", ['phone']],
  ['dev: @ChryslerCares Resolution team has all info. Call penny 214-583-2188', ['phone']],
  [
    'dev: @KenyaPower_Care kindly send me tokens for account number 37167475088. Been waiting since 7',
    ['reference'],
  ],
  [
    'dev: @NortonSupport I spoke to your held desk just now &amp; got the updates. My Case Id: 32540657',
    ['reference'],
  ],
  ['dev: @EE no signal/network in RG27 0NH, is there a known issue?', ['address']],
  [
    'dev: @McDonalds ... your 88-05 Astoria Blvd, East Elmhurst location refused to give cup of water',
    ['address'],
  ],
  ['constructed: my order 123456789 never came, email me at jane.doe@example.com', ['email', 'reference']],
  ['constructed: card 4111 1111 1111 1111 was charged twice', ['card']],
  ['constructed: ship it to 221B Baker Street, London', ['address']],
  ['constructed: call +44 7700 900123, order #A1234567', ['phone', 'reference']],
  ['constructed: still no callback on 555.123.4567', ['phone']],
  ['constructed: tracking number 9400 1000 0000 0000 0000 00 shows nothing', ['reference']],
])('%s -> %j', (text, kinds) => {
  expect(personalDataKinds(text)).toEqual(kinds);
  // The table shows a marker, never the data: masked, nothing is left to find.
  const masked = maskPersonalData(text);
  expect(masked).toContain('[hidden]');
  expect(personalDataKinds(masked)).toEqual([]);
});

test('masking keeps what the customer wrote about and hides only the values', () => {
  expect(maskPersonalData('Acme my order #A12345 never arrived')).toBe(
    'Acme my order #[hidden] never arrived',
  );
  expect(maskPersonalData('Acme locked my account no. 12345678 today')).toBe(
    'Acme locked my account no. [hidden] today',
  );
  expect(maskPersonalData('never delivered to 221B Baker Street, terrible')).toBe(
    'never delivered to [hidden], terrible',
  );
  expect(maskPersonalData('my address is 12 rue de la Paix, Paris. Help!')).toBe(
    'my address is [hidden]. Help!',
  );
  expect(maskPersonalData('order status please, no signal in RG27 0NH')).toBe(
    'order status please, no signal in [hidden]',
  );
});

test.each([
  ['date and time', 'my flight on 12/03/2019 at 10:30 was delayed till 2018-11-02 14:45'],
  ['prices', 'charged $1,299.99 and then £45.50 again for 3 items'],
  ['google alerts: a share sale', 'Slack (NASDAQ:WORK) CEO Sells $53170714.63 in Stock'],
  ['an amount without its sign', 'the bill says 12345678.90 instead of 123.45'],
  ['flight numbers', 'flight BA8733 and UA 1234 both cancelled'],
  ['open 24/7', 'your helpline says 24/7 but nobody answers'],
  ['years', 'customer since 2016 2017 2018, never again'],
  ['version', 'iOS 11.0.2 broke the app, version 8.4.22.857'],
  [
    'dev: a station is no address',
    '@virgintrains Driver of delayed 15.50 Birmingham New St to Euston has been great.',
  ],
  ['days on the road', 'my parcel has been 2 days on the road'],
  ['e-mail-like handle', 'thanks @united for nothing'],
])('no personal data: %s', (_name, text) => {
  expect(personalDataKinds(text)).toEqual([]);
  expect(maskPersonalData(text)).toBe(text);
});

test('a 16-digit number that fails the Luhn check is a long reference, not a card', () => {
  expect(personalDataKinds('parcel 1234 5678 9012 3456 not found')).toEqual(['reference']);
});

test('Luhn: documentation card numbers pass, one digit off fails', () => {
  expect(luhnValid('4111111111111111')).toBe(true);
  expect(luhnValid('4111111111111112')).toBe(false);
  expect(hasPostalAddress('My address is on the order')).toBe(true);
});

test('classify lists the kinds, never the values', () => {
  const result = classify('@shop still no refund, call me on 07700 900123 or mail jane.doe@example.com');
  expect(result.personalData).toEqual(['email', 'phone']);
  expect(JSON.stringify(result)).not.toMatch(/jane|07700/);
  expect(classify('@shop thanks, all sorted').personalData).toEqual([]);
});
