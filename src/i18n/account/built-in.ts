/**
 * The account page's catalogues by lower-case language tag (src/i18n/account/locales/<tag>.ts),
 * each its own chunk, with the same aliases as the sign-in catalogues (i18n/built-in-locales.ts).
 */
import type { AccountMessages } from './en.js';

type LoadCatalogue = () => Promise<{ default: Partial<AccountMessages> }>;

const zhHans: LoadCatalogue = () => import('./locales/zh-hans.js');
const zhHant: LoadCatalogue = () => import('./locales/zh-hant.js');
const fil: LoadCatalogue = () => import('./locales/fil.js');
const nb: LoadCatalogue = () => import('./locales/nb.js');

export default new Map<string, LoadCatalogue>([
  ['ar', () => import('./locales/ar.js')],
  ['bg', () => import('./locales/bg.js')],
  ['bn', () => import('./locales/bn.js')],
  ['ca', () => import('./locales/ca.js')],
  ['cs', () => import('./locales/cs.js')],
  ['da', () => import('./locales/da.js')],
  ['de', () => import('./locales/de.js')],
  ['el', () => import('./locales/el.js')],
  ['es', () => import('./locales/es.js')],
  ['et', () => import('./locales/et.js')],
  ['fa', () => import('./locales/fa.js')],
  ['fi', () => import('./locales/fi.js')],
  ['fil', fil],
  ['fr', () => import('./locales/fr.js')],
  ['he', () => import('./locales/he.js')],
  ['hi', () => import('./locales/hi.js')],
  ['hr', () => import('./locales/hr.js')],
  ['hu', () => import('./locales/hu.js')],
  ['id', () => import('./locales/id.js')],
  ['it', () => import('./locales/it.js')],
  ['ja', () => import('./locales/ja.js')],
  ['ko', () => import('./locales/ko.js')],
  ['lt', () => import('./locales/lt.js')],
  ['lv', () => import('./locales/lv.js')],
  ['ms', () => import('./locales/ms.js')],
  ['nb', nb],
  ['nl', () => import('./locales/nl.js')],
  ['pl', () => import('./locales/pl.js')],
  ['pt', () => import('./locales/pt.js')],
  ['pt-br', () => import('./locales/pt-br.js')],
  ['ro', () => import('./locales/ro.js')],
  ['ru', () => import('./locales/ru.js')],
  ['sk', () => import('./locales/sk.js')],
  ['sl', () => import('./locales/sl.js')],
  ['sr', () => import('./locales/sr.js')],
  ['sv', () => import('./locales/sv.js')],
  ['sw', () => import('./locales/sw.js')],
  ['th', () => import('./locales/th.js')],
  ['tr', () => import('./locales/tr.js')],
  ['uk', () => import('./locales/uk.js')],
  ['ur', () => import('./locales/ur.js')],
  ['vi', () => import('./locales/vi.js')],
  ['zh-hans', zhHans],
  ['zh-hant', zhHant],
  // The sign-in list's other names for the same catalogues: Chinese regions that imply a script
  // (zh-CN and zh-SG reach zh-Hans through "zh"), Tagalog for Filipino, "no" for Bokmål.
  ['zh', zhHans],
  ['zh-tw', zhHant],
  ['zh-hk', zhHant],
  ['zh-mo', zhHant],
  ['tl', fil],
  ['no', nb],
]);
