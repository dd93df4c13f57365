import { classify } from '../../src/classify/index.js';
import { detectLanguage } from '../../src/classify/language.js';

// "dev" rows are tweets from the shared dev file (X-CI, MIT); the others are constructed customer posts.
test.each([
  ['de', '@DHL_Paket Mein Paket ist seit einer Woche nicht angekommen und niemand hilft mir'],
  ['de', '@bahn Der Zug ist schon wieder zu spät, danke für nichts'],
  ['es', '@Iberia Mi vuelo fue cancelado y no me dan ninguna respuesta, ¿qué hago?'],
  ['es', '@movistar_es Llevo tres días sin internet y nadie me ayuda'],
  ['pt', 'dev: @BLACKANDDECKER Pq n consigo comprar a bateria de 12 v da minha parafusadeira?'],
  ['fr', '@SNCF Mon train est encore en retard, merci pour rien'],
  ['it', "@Trenitalia il treno è in ritardo di un'ora e non ci sono informazioni"],
  ['nl', '@NS_online De trein is weer te laat en ik heb geen informatie gekregen'],
  ['ja', '@SonySupport 注文した商品がまだ届きません'],
  ['zh', '@Huawei 我的手机屏幕坏了'],
  ['ru', '@yandex Мой заказ до сих пор не доставлен'],
  ['ar', '@Emirates رحلتي تأخرت ثلاث ساعات'],
  ['ko', '@Samsung 제 휴대폰이 고장났어요'],
  ['pl', 'Zamówiłem telefon trzy tygodnie temu i dalej nic'],
  ['tr', 'Siparişim hala gelmedi ve kimse cevap vermiyor.'],
  ['sv', 'Min beställning har inte kommit och ingen svarar.'],
  ['fi', 'Tilaukseni ei ole vieläkään saapunut.'],
  ['pt', 'Meu pedido nunca chegou e ninguém responde, péssimo atendimento.'],
])('%s: %s', (language, text) => {
  expect(detectLanguage(text)).toBe(language);
});

test.each([
  ['dev: @TommyHilfiger you jave the worst customer service!!! #pissed #useless #worstbrand'],
  ['Gracias @united, but my flight was delayed again and nobody told me why'],
  ['@Lufthansa my flight to München was cancelled, danke for nothing, the gate staff were rude'],
  ['@SNCF the café at the station was closed, what a déjà vu'],
  ['dev: @Nordstrom Nope. Still nada.'],
])('English with a few foreign words is not foreign: %s', (text) => {
  expect(['en', 'und']).toContain(detectLanguage(text));
});

test('emoji and handles alone tell nothing', () => {
  expect(detectLanguage('@united 😡😡')).toBe('und');
});

test('classify says it scored a foreign text as English, first among the reasons', () => {
  const result = classify(
    '@DHL_Paket Mein Paket ist seit einer Woche nicht angekommen und niemand hilft mir',
  );
  expect(result.language).toBe('de');
  expect(result.reasons[0]).toBe('not English (de): scored as English');
  const english = classify('@united my flight was delayed again and nobody told me why');
  expect(english.language).toBe('en');
  expect(english.reasons.join(' ')).not.toMatch(/not English/);
});
