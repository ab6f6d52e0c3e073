// Unit tests of the page's languages: every language has every message with the same placeholders,
// plural forms, the language choice, UTC times and local numbers (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MESSAGES, LANGUAGE_CODES, chooseLanguage, duration, formatNumber, setLanguage, t, utcDate, utcDateTime, utcTime } from '../src/i18n.js';
import { alertStyle, suspensionText, warningText } from '../src/airspace.js';
import { alertMessage } from '../src/alerts.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (k) => k.replace(PLURAL, '');
const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

test('the page speaks English, Lithuanian, Polish, Estonian and Latvian', () => {
  assert.deepEqual(LANGUAGE_CODES, ['en', 'lt', 'pl', 'et', 'lv']);
});

for (const lang of ['lt', 'pl', 'et', 'lv']) {
  test(`${lang}: every English message is translated, with the same placeholders, and nothing else`, () => {
    const en = MESSAGES.en;
    const other = MESSAGES[lang];
    const enKeys = new Set(Object.keys(en).map(base));
    const keys = new Set(Object.keys(other).map(base));
    assert.deepEqual([...enKeys].filter((k) => !keys.has(k)), [], 'missing');
    assert.deepEqual([...keys].filter((k) => !enKeys.has(k)), [], 'unknown');
    for (const k of Object.keys(other)) {
      const ref = en[k] ?? en[`${base(k)}_other`] ?? en[base(k)];
      assert.equal(placeholders(other[k]), placeholders(ref), `${lang} ${k}`);
      assert.ok(other[k].trim().length > 0, `${lang} ${k} empty`);
    }
    const same = Object.keys(other).filter((k) => other[k] === en[k] && /[a-z]{4,}/.test(en[k]) && !k.startsWith('sensorKind.'));
    assert.ok(same.length <= 6, `${lang}: too many messages left in English: ${same.join(', ')}`);
  });
}

test('placeholders are filled and numbers written in the language', () => {
  assert.equal(t('tracks.summary', { n: 3, count: 1200 }, 'en'), '3 of 1,200 tracks');
  assert.equal(t('tracks.summary', { n: 3, count: 1200 }, 'pl'), 'Pokazano 3 z 1200');
  assert.equal(formatNumber(12345.6, {}, 'lt'), '12\u00a0345,6');
  assert.equal(formatNumber(12345.6, {}, 'en'), '12,345.6');
  assert.equal(t('no.such.key', {}, 'lv'), 'no.such.key');
});

test('plural forms follow the language (Estonian and Latvian runway counts)', () => {
  const vars = (n) => ({ zone: 'EKCH', since: '15:10:00Z', runways: n === 1 ? '04L/22R' : '04L/22R, 12/30', count: n });
  assert.match(t('suspension.lineRunways', vars(1), 'en'), /\(runway 04L/);
  assert.match(t('suspension.lineRunways', vars(2), 'en'), /\(runways 04L/);
  assert.match(t('suspension.lineRunways', vars(1), 'et'), /\(lennurada 04L/);
  assert.match(t('suspension.lineRunways', vars(2), 'et'), /\(lennurajad 04L/);
  assert.match(t('suspension.lineRunways', vars(1), 'lv'), /\(skrejceļš 04L/);
  assert.match(t('suspension.lineRunways', vars(2), 'lv'), /\(skrejceļi 04L/);
  assert.match(t('suspension.lineRunways', vars(2), 'lt'), /\(KTT 04L/);
});

test('language: ?lang= first, then the saved choice, the browser, the node\'s first offer', () => {
  assert.equal(chooseLanguage({ query: 'lt', stored: 'pl', browser: ['et'] }), 'lt');
  assert.equal(chooseLanguage({ query: 'LT-lt' }), 'lt');
  assert.equal(chooseLanguage({ query: 'xx', stored: 'pl', browser: ['et'] }), 'pl');
  assert.equal(chooseLanguage({ browser: ['de-DE', 'lv-LV', 'en'] }), 'lv');
  assert.equal(chooseLanguage({ browser: ['de'], offered: ['pl', 'en'] }), 'pl');
  assert.equal(chooseLanguage({ stored: 'et', offered: ['en', 'lt'] }), 'en');
  assert.equal(chooseLanguage({}), 'en');
});

test('times are UTC and say so; dates in the language', () => {
  const iso = '2025-10-23T15:05:42.5Z';
  assert.equal(utcTime(iso), '15:05:42Z');
  assert.equal(utcDate(iso, 'en'), '2025-10-23');
  assert.equal(utcDate(iso, 'lt'), '2025-10-23');
  assert.equal(utcDate(iso, 'pl'), '23.10.2025');
  assert.equal(utcDateTime(iso, 'et'), '23.10.2025 15:05:42 UTC');
  assert.equal(utcDateTime('2025-10-23T23:59:59Z', 'lv').endsWith('23:59:59 UTC'), true);
  assert.equal(duration(42, 'en'), '42 s');
  assert.equal(duration(185, 'pl'), '3 min 05 s');
  assert.equal(duration(3720, 'lt'), '1 val. 02 min');
});

test('alert words in Lithuanian; the server\'s English message becomes a sentence of the language', () => {
  try {
    setLanguage('lt');
    assert.equal(alertStyle({ kind: 'VIOLATION', severity: 'CRITICAL' }).label, 'PAŽEIDIMAS');
    const a = { alertId: 'A-1', kind: 'VIOLATION', severity: 'CRITICAL', trackId: 'T0000002', zoneId: 'LTU', message: 'T0000002 entered LTU from RUS' };
    assert.equal(alertMessage(a), 'T0000002 pažeidė LTU oro erdvę (iš RUS)');
    assert.equal(warningText({ kind: 'EARLY_WARNING', zoneId: 'LTU', leadTimeS: 42, time: '2025-10-23T15:05:00Z', predictedEntryTime: '2025-10-23T15:05:42Z' }),
      'įskris į LTU po 42 s, 15:05:42Z');
    assert.equal(suspensionText({ zoneId: 'EKCH', since: '2025-09-22T15:10:00Z', runways: [] }), 'EKCH: KTT naudojimas sustabdytas nuo 15:10:00Z');
    setLanguage('pl');
    assert.equal(alertMessage({ ...a, kind: 'SENSOR_DOWN', alertId: 'A-DOWN-LT-GF-1-1761233313885', message: 'LT-GF-1 silent' }), 'Czujnik LT-GF-1 milczy');
    setLanguage('en');
    assert.equal(alertMessage(a), 'T0000002 entered LTU from RUS');
  } finally {
    setLanguage('en');
  }
});
