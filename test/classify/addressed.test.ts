import { classify } from '../../src/classify/index.js';
import { create } from '../../src/sources/google-alerts.js';
import { shoutedWords } from '../../src/classify/cues.js';

// A real Google Alerts result (test/fixtures/google-alerts/), title and snippet as the scan joins them.
const NEWS =
  'Slack (NASDAQ:WORK) Insider Cal Henderson Sells 1500 Shares. Slack (NASDAQ:WORK) insider Cal Henderson sold 1,500 shares of Slack stock in a transaction dated Friday, June 28th.';

test('news found by an alert is not scored as if written to the brand', () => {
  expect(classify(NEWS, { addressed: false }).complaintScore).toBeLessThan(classify(NEWS).complaintScore);
  expect(classify(NEWS, { addressed: false }).complaint).toBe(false);
  const source = create({ type: 'google-alerts', name: 'a', url: 'x.xml', brand: 'Slack' }, []);
  expect(source.addressed).toBe(false);
});

test('stock tickers are not shouting', () => {
  expect(shoutedWords('Slack (NASDAQ:WORK) CEO sells')).toBe(0);
  expect(shoutedWords('NEVER AGAIN will I order from you')).toBe(2);
});
