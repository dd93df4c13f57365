import { classify } from '../../src/classify/index.js';
import { POST_LABEL, readByDefault } from '../../src/classify/addressed.js';
import { DEFAULT_FEATURES } from '../../src/classify/features.js';
import { create } from '../../src/sources/google-alerts.js';
import { create as createRss } from '../../src/sources/rss.js';
import { shoutedWords } from '../../src/classify/cues.js';
import { classifyInput } from '../../src/scan/prepare.js';
import { testContext } from '../sources/test-context.js';

// A real Google Alerts result (test/fixtures/google-alerts/), title and snippet as the scan joins them.
const NEWS =
  'Slack (NASDAQ:WORK) Insider Cal Henderson Sells 1500 Shares. Slack (NASDAQ:WORK) insider Cal Henderson sold 1,500 shares of Slack stock in a transaction dated Friday, June 28th.';
const NO_PROBLEM = 'news naming no problem';

test('news found by an alert is not scored as if written to the brand', () => {
  expect(classify(NEWS, { addressed: false }).complaintScore).toBeLessThan(classify(NEWS).complaintScore);
  expect(classify(NEWS, { addressed: false }).complaint).toBe(false);
  const source = create({ type: 'google-alerts', name: 'a', url: 'x.xml', brand: 'Slack' }, []);
  expect(source.addressed).toBe(false);
});

describe('news naming no problem', () => {
  /** The recorded Slack alert, each entry as the scan hands it to the classifier. */
  async function alertInputs() {
    const source = create(
      {
        type: 'google-alerts',
        name: 'g',
        url: 'google-alerts/feedjira_google_alerts_atom_slack.xml',
        brand: 'Slack',
      },
      [],
    );
    const { mentions } = await source.fetch(testContext(), null);
    return mentions.map((m) => ({ title: m.title ?? '', input: classifyInput(m, source) }));
  }

  test('share sales, market reports and launches in a real alert are not complaints, and say why', async () => {
    const inputs = await alertInputs();
    const calm = inputs.filter(({ title }) => !/problem/i.test(title));
    expect(calm.length).toBeGreaterThanOrEqual(15);
    for (const { title, input } of calm) {
      const verdict = classify(input.text, input);
      expect([title, verdict.complaint]).toEqual([title, false]);
      expect(verdict.reasons[0]).toBe(NO_PROBLEM);
    }
  });

  test('news that names a problem is left to the model', async () => {
    const inputs = await alertInputs();
    const snap = inputs.find(({ title }) => title.includes('Slack has a Snap problem'));
    expect(snap).toBeDefined();
    const verdict = classify(snap!.input.text, snap!.input);
    expect(verdict.reasons).not.toContain(NO_PROBLEM);
    expect(verdict.reasons).toContain('problem');
  });

  test('a text addressed to the brand is never judged as news, with or without a problem', () => {
    for (const text of [NEWS, 'still waiting for my refund', '@shop the new jacket fits perfectly']) {
      expect(classify(text).reasons).not.toContain(NO_PROBLEM);
    }
    expect(classify('still waiting for my refund', { addressed: false }).reasons).not.toContain(NO_PROBLEM);
  });
});

test('stock tickers are not shouting', () => {
  expect(shoutedWords('Slack (NASDAQ:WORK) CEO sells')).toBe(0);
  expect(shoutedWords('NEVER AGAIN will I order from you')).toBe(2);
});

describe('whom a bare text is for', () => {
  // Real handle-less posts from the dev file's random-tweet controls (../shared/data/complaints-dev.csv).
  const POSTS = [
    'Watching #AChristmasPrince again why you ask? No idea',
    'I already hate finals and I haven\u2019t even taken one yet https://t.co/abc',
  ];

  const asPost = (text: string) => readByDefault(text, DEFAULT_FEATURES).asPost;

  test.each([
    ['The zipper broke the first time I used it.', false],
    // Order and ticket numbers are no hashtags.
    ['Order #AB1234 arrived with a cracked screen', false],
    ['Ticket #HELP-4411 closed without any answer', false],
    ['my order #4417 never arrived', false],
    // A handle makes it a message to someone, link or not.
    ['@acme still waiting for my refund https://t.co/x', false],
    // A hashtag with a problem named is still about the brand ("#acmefail").
    ['Still waiting for someone at Acme to call me back. Day 5. #acmefail', false],
    ['The colour is nothing like the picture #fail', false],
    ['Watching #AChristmasPrince again', true],
    // A tag with digits is a hashtag when it has a lowercase letter.
    ["Can't wait for #BlackFriday2024 deals, who else is waiting", true],
    ['what a day (#mondays)', true],
    ['read this www.example.com/story', true],
    ['read this WWW.EXAMPLE.COM/story', true],
    ['Still waiting for someone at Acme to call me back https://t.co/xyz', true],
    // A link in mail written to the company, naming a problem: a greeting or the customer's own order.
    ["Hi team, your engineer didn't turn up again, booking confirmation: https://acme.com/b/8812", false],
    ['Dear Acme, my order 55123 arrived broken, photos here https://imgur.com/a/x', false],
  ])('%s -> read as a post: %s', (text, expected) => {
    expect(asPost(text)).toBe(expected);
  });

  test('a post with a link or hashtag and no handle is scored as it stands, not as a message to a brand', () => {
    for (const text of POSTS) {
      const bare = classify(text);
      expect(bare.complaintScore).toBeLessThan(classify(text, { addressed: true }).complaintScore);
      expect(bare.complaint).toBe(false);
      // The reading decided it, and the reasons say so.
      expect(bare.reasons[0]).toBe(POST_LABEL);
    }
  });

  test('an order number written with "#" leaves a complaint a complaint', () => {
    const text = 'Order #AB1234 arrived with a cracked screen';
    expect(classify(text)).toEqual(classify(text, { addressed: true }));
    expect(classify(text).complaint).toBe(true);
  });

  test('a review without a link is still read as written to the brand', () => {
    const review = 'Way too small, the sizing chart is completely wrong.';
    expect(classify(review)).toEqual(classify(review, { addressed: true }));
  });

  test('what a scan matched to a brand is addressed to it, whatever it links to', () => {
    const source = createRss({ type: 'rss', name: 'r', url: 'x.xml' }, []);
    const input = classifyInput({ externalId: '1', text: POSTS[0] } as never, source);
    expect(input.addressed).toBe(true);
  });
});
