// The page's languages: one message file per language (src/locales/*.js), a translation function
// with {placeholders} and CLDR plural forms (Intl.PluralRules), and locale-aware numbers and dates.
// Times are always UTC and always say so ("15:05:42Z", "23.10.2025 15:05:42 UTC").
import en from './locales/en.js';
import lt from './locales/lt.js';
import pl from './locales/pl.js';
import et from './locales/et.js';
import lv from './locales/lv.js';

/** The languages the page speaks: code → messages. English is complete and the fallback. */
export const MESSAGES = { en, lt, pl, et, lv };
/** Language codes in menu order. */
export const LANGUAGE_CODES = Object.keys(MESSAGES);

let current = 'en';

/** The language in use. */
export function language() {
  return current;
}

/** Sets the language in use (an unknown code leaves English). */
export function setLanguage(code) {
  current = MESSAGES[code] ? code : 'en';
  if (globalThis.document) document.documentElement.lang = current;
  return current;
}

/**
 * Which language to speak: `?lang=` first, then the operator's saved choice, then the first of the
 * browser's languages the node offers, then the node's first offered language, then English.
 * @param {{query?:string|null, stored?:string|null, browser?:readonly string[], offered?:string[]}} o
 */
export function chooseLanguage({ query, stored, browser = [], offered = [] } = {}) {
  const offer = (offered.length ? offered : LANGUAGE_CODES).map((c) => String(c).toLowerCase()).filter((c) => MESSAGES[c]);
  const base = (c) => String(c || '').toLowerCase().split(/[-_]/)[0];
  if (query && MESSAGES[base(query)]) return base(query);
  if (stored && offer.includes(base(stored))) return base(stored);
  for (const b of browser) if (offer.includes(base(b))) return base(b);
  return offer[0] || 'en';
}

/**
 * The message `key` in the current language (English when missing), with `{name}` placeholders
 * filled from `vars`. When `vars.count` is a number and the language has `key_<plural form>`
 * (one, few, many, other, zero: Intl.PluralRules), that form is used.
 */
export function t(key, vars = {}, lang = current) {
  const msgs = MESSAGES[lang] || en;
  let text;
  if (typeof vars.count === 'number') {
    const form = new Intl.PluralRules(lang).select(vars.count);
    text = msgs[`${key}_${form}`] ?? msgs[`${key}_other`] ?? msgs[key];
    if (text === undefined) {
      const enForm = new Intl.PluralRules('en').select(vars.count);
      text = en[`${key}_${enForm}`] ?? en[`${key}_other`];
    }
  }
  text ??= msgs[key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => {
    if (!(name in vars)) return m;
    const v = vars[name];
    return typeof v === 'number' ? formatNumber(v, {}, lang) : String(v ?? '');
  });
}

/** A number in the language's notation (decimal comma, grouping). */
export function formatNumber(n, options = {}, lang = current) {
  if (n == null || !Number.isFinite(n)) return '—';
  return new Intl.NumberFormat(intlLocale(lang), options).format(n);
}

/** hh:mm:ssZ of an ISO time, UTC whatever the language ('' for none). */
export function utcTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : `${d.toISOString().slice(11, 19)}Z`;
}

/** The date of an ISO time in the language's notation, in UTC (English: ISO 2025-10-23). */
export function utcDate(iso, lang = current) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  if (lang === 'en') return d.toISOString().slice(0, 10);
  return new Intl.DateTimeFormat(intlLocale(lang), { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** Date and time of an ISO time: "23.10.2025 15:05:42 UTC" (English "2025-10-23 15:05:42 UTC"). */
export function utcDateTime(iso, lang = current) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return `${utcDate(iso, lang)} ${d.toISOString().slice(11, 19)} UTC`;
}

/** A duration in seconds as "42 s", "3 min 05 s", "1 h 02 min" with the language's unit words. */
export function duration(seconds, lang = current) {
  if (seconds == null || !Number.isFinite(seconds)) return '—';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return t('unit.s', { n: s }, lang);
  if (s < 3600) return t('unit.minS', { m: Math.floor(s / 60), s: String(s % 60).padStart(2, '0') }, lang);
  return t('unit.hMin', { h: Math.floor(s / 3600), m: String(Math.floor((s % 3600) / 60)).padStart(2, '0') }, lang);
}

function intlLocale(lang) {
  return lang === 'en' ? 'en-GB' : lang;
}

/**
 * Translates the static page: every element with `data-i18n="key"` gets the text, with
 * `data-i18n-title` the title, with `data-i18n-placeholder` the placeholder.
 */
export function translatePage(root = document) {
  for (const e of root.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  for (const e of root.querySelectorAll('[data-i18n-title]')) e.title = t(e.dataset.i18nTitle);
  for (const e of root.querySelectorAll('[data-i18n-placeholder]')) e.placeholder = t(e.dataset.i18nPlaceholder);
}
