/** Reply-lint rules from tables: real brand replies from the TWCS sample, and constructed ones where the sample has none. */
import { asksForDm, cannedKey, otherChannelReason, repeatedPersonalData } from '../../src/replies/rules.js';
import { maskPersonalData, personalData } from '../../src/replies/personal-data.js';

// Real (TWCS sample) replies are quoted as they are; "constructed:" marks ones written for the test.
test.each([
  // Real: VirginTrains gives a phone line instead of a DM.
  '@105836 LiveChat is online at the moment - https://t.co/SY94VtU8Kq or contact 03331 031 031 option 1, 4, 3 (Leave a message) to request a call back',
  'constructed: Sorry to hear that. Please call customer service and they will sort it out.',
  'constructed: We can look into it, call us on 0800 123 4567 between 8am and 8pm.',
  'constructed: Please email us at help@acme.example with your details ^JS',
  'constructed: Give us a call and we will get this fixed for you.',
  'constructed: Our helpline is open 24/7, they can help with refunds.',
  'constructed: Could you contact our support team by phone? They can reset it.',
  'constructed: Send us an email to care@acme.example and we will take a look.',
])('pushes to another channel: %s', (reply) => {
  expect(otherChannelReason(reply)).toMatch(/instead of asking for a DM$/);
});

test.each([
  // Real replies from the sample: DMs, questions in public, and e-mails the brand will send.
  '@105835 Your business means a lot to us. Please DM your name, zip code and additional details about your concern. ^RR https://t.co/znUu1VJn9r',
  "@105836 That's what we're here for Miriam 😊  The team should send you an email shortly ^HP",
  "@105850 Once the points load and you hit the number, you get it immediately! You'll even receive a congrats email. Are you almost there? ^AC",
  "@105856 Can you DM me your full name, address and email? I'd be happy to look into this further for you :) Thanks - Mike",
  "@105840 Hi there! What device is this happening on? If you could also let us know the Android and Spotify versions you're using, that'd be great /AY",
  "@105842 We're sorry your flight has been delayed, Beatner. Are you travelling on the BA8733? If so, the updated departure time we have is 15:30. 1/2",
  '@105845 I understand this is a frustrating experience, please send a DM with your account information so I can look into this matter for you. -AD',
  'constructed: Please send us a direct message, or call 0800 123 4567 if you prefer.',
  'constructed: Happy to help here, send us a private message with your order number.',
])('keeps the customer on the thread or in DMs: %s', (reply) => {
  expect(otherChannelReason(reply)).toBeNull();
});

test('a number or address the customer wrote is theirs, not a channel the brand offers', () => {
  const mention = 'call me back on 07700 900123, nobody has in 3 days';
  expect(otherChannelReason('We tried 07700 900123 twice today, sorry we missed you.', mention)).toBeNull();
  expect(otherChannelReason('We tried 07700 900123 twice today, sorry we missed you.')).toMatch(
    /phone number/,
  );
});

test.each([
  ['DM us', true],
  ['Reply in DM. https://t.co/x', true],
  ['send us a Direct Message', true],
  ['drop us a private message', true],
  ['Diamond membership', false],
  ['admin team', false],
])('asks for a DM: %s → %s', (text, expected) => {
  expect(asksForDm(text)).toBe(expected);
});

test.each([
  ['my order #A1234567 never came', 'Sorry! Order A1234567 is delayed at the depot.', ['reference']],
  ['acct no: 88310277 charged twice', "We've refunded account 88310277 today.", ['reference']],
  ['email me at jane.doe@example.com please', 'We sent the label to jane.doe@example.com 👍', ['email']],
  ['my number is +44 7700 900123', 'We will call +447700900123 in 10 minutes.', ['phone']],
  ['card 4111 1111 1111 1111 declined', 'Card 4111-1111-1111-1111 shows no block on our side.', ['card']],
  // Real: HPSupport did not repeat the serial number 105858 gave.
  [
    '@HPSupport Problem with printhead  Serial# TH536D1HN #hpcswus #hpprnt',
    '@105858 Hi Agoura, thanks for tweeting. Please refer to this article: https://t.co/BSsgjZARTc &amp; click the link to reply back. ^Rashmi https://t.co/a2xkfCrUG1',
    [],
  ],
  [
    '@HPSupport Problem with printhead  Serial# TH536D1HN',
    'Serial TH536D1HN is still under warranty.',
    ['reference'],
  ],
  // Real: a version string and times are not personal data.
  [
    '@SpotifyCares Thanks! Version 8.4.22.857 armv7 on anker bluetooth speaker on Samsung Galaxy Tab A (2016) Model SM-T280',
    '@105840 Thanks. The distance could possibly affect playback. Version 8.4.22.857 is fine. /AY',
    [],
  ],
  ['my order never arrived', 'Please DM us your order number.', []],
  ['order 12345678 late', 'Please DM us the last 4 digits: 5678.', []],
])('mention %j, reply %j repeats %j', (mention, reply, kinds) => {
  expect(repeatedPersonalData(reply, mention).map((d) => d.kind)).toEqual(kinds);
});

test('personal data: each datum once, with keys that ignore spacing and case', () => {
  expect(
    personalData('Mail JANE@Example.com or call 0333 103 1031 / 03331031031, order no. ab-12345'),
  ).toEqual([
    { kind: 'email', key: 'jane@example.com' },
    { kind: 'phone', key: '03331031031' },
    { kind: 'reference', key: 'ab12345' },
  ]);
  expect(personalData('iOS 11.0.2 at 15:30 on 2017-10-11, flight BA8733')).toEqual([]);
});

test('masking hides addresses, long numbers and the repeated references, nothing else', () => {
  expect(
    maskPersonalData('Order A1234567 for jane@example.com, tel 07700 900123, iOS 11.0.2', ['a1234567']),
  ).toBe('Order [hidden] for [hidden], tel [hidden], iOS 11.0.2');
});

test('canned keys mask handles, URLs, numbers, names and agent sign-offs', () => {
  // Real: three AppleSupport replies to different customers share one template.
  const apple = (handle: string) =>
    `@${handle} Thanks for reaching out to us. We are always happy to help. Send us a DM so we can look into this together. https://t.co/GDrqU22YpT`;
  expect(cannedKey(apple('105839'))).toBe(cannedKey(apple('105849')));
  // Real Tesco replies signed by different agents, greeting different customers.
  const tesco = (name: string, agent: string) =>
    `@105855 Hi ${name}, we operate a Think 25 policy at our stores. I'd be flattered to be ID'd. :-) - ${agent}`;
  expect(cannedKey(tesco('Thomas', 'Helena'))).toBe(cannedKey(tesco('Sara', 'Mike')));
  expect(cannedKey('@1 Sorry, Miriam. The app is down for everyone right now ^MM')).toBe(
    cannedKey('@2 Sorry, Jools. The app is down for everyone right now /AY'),
  );
  expect(cannedKey('@1 Order 1234 ships today, sorry for the wait.')).toBe(
    cannedKey('@2 Order 98 ships today, sorry for the wait.'),
  );
  expect(cannedKey('@105840 Brilliant, thanks Anna!')).toBeNull();
  expect(cannedKey('The app is down for everyone right now')).not.toBe(
    cannedKey('The app is up for everyone right now'),
  );
});
