import { isQuestion, questionForm } from '../../src/classify/question.js';

describe('isQuestion', () => {
  test.each([
    'how do I change my delivery address?',
    'how do i add my boots advantage card to my apple phone (wallet)',
    '@Delta can you help me move a seat?',
    'Can you tell me if the Penrith restaurant is open after the refurb pls',
    'any update on my order?',
    '@BootsUK hi, is the store on Main St open on Sunday?',
    'Hello! When will the dress be back in stock?',
    'My router keeps dropping. Why does this happen every night?',
    'Order 4412 placed a week ago. Where is it?',
    'please advise how to reset my password',
    'Let me know when my refund is processed',
    'refund?',
    'I was wondering if you ship to Canada',
    '@FC_Help Thanks! Do you have any idea of the actual name of the dress?',
    'Is there an outage in Nashville tn?',
    'my card was declined twice. can someone call me back',
    'need help with my account login',
    // Requests without "?", each found through a different request word (and in capitals).
    'KINDLY ADVISE ON MY REFUND',
    'Looking for info on returns',
    'could someone ring me back',
    'I wonder whether the store opens late',
    'pls sort my account out',
    // The question after a colon, comma or dash.
    'I asked three times: where is my refund?',
    // After a condition without a comma, and put to everyone.
    'If my flight is cancelled can I get a refund?',
    'Anyone else having trouble logging into Acme today?',
    'If it doesnt arrive by Friday am I entitled to a refund?',
    'If I cancel within 14 days is there a fee?',
    "Hi Acme, where is my parcel? It's been 2 weeks",
    'Order 12345 - where is it?',
  ])('asks: %s', (text) => {
    expect(isQuestion(text)).toBe(true);
  });

  test.each([
    'no problems at all, thank you',
    'still waiting for my refund',
    'I love my new headphones',
    'Who needs a gym when you can work retail during the holidays. #mostwonderfultimeoftheyear lol what a week it has been honestly',
    'The app crashed again.',
    'what a joke',
    'Really @UPS?? This is a pretty terrible way to deliver an express envelope',
    'I just gave 5 stars to Nancy for the great service I received!',
    // Rhetorical: past-tense "did I" asks nobody anything.
    'Love my new @acme blender why did I wait so long?',
    'Seriously @acme how did I ever live without this?',
    // Someone who did something is no one asked.
    'Someone at your warehouse thought this was acceptable packaging?!',
    'Anyone who rates this app five stars is being paid?',
    '',
  ])('does not ask: %s', (text) => {
    expect(isQuestion(text)).toBe(false);
  });

  test('names the form of the question', () => {
    expect(questionForm('any update on my order?')).toBe('any update?');
    expect(questionForm('why is my parcel in Leeds?')).toBe('wh-question');
    expect(questionForm('could you check my account please')).toBe('request');
    expect(questionForm('is the shop open today?')).toBe('question');
    expect(questionForm('thanks, all sorted')).toBeNull();
  });

  test('ignores handles and links when finding the start of a clause', () => {
    expect(isQuestion('@KFC_UKI @KFC hi, can you tell me the opening hours https://t.co/x')).toBe(true);
    expect(isQuestion('https://t.co/abc?ref=1 great day out')).toBe(false);
  });
});
