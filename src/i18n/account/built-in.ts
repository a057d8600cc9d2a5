/**
 * The account page's catalogues by lower-case language tag (src/i18n/account/locales/<tag>.ts),
 * each its own chunk, with the same aliases as the sign-in catalogues (i18n/built-in-locales.ts).
 */
import type { AccountMessages } from './en.js';

type LoadCatalogue = () => Promise<{ default: Partial<AccountMessages> }>;

export default new Map<string, LoadCatalogue>([]);
