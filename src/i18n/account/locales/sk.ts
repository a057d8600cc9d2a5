/**
 * Slovak, in the sign-in catalogue's terms and polite "vy" (src/i18n/locales/sk.ts). A contact
 * label or method name follows a colon or stands in brackets, in the nominative the page passes.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Váš účet',
  'account.heading.changePassword': 'Zmena hesla',
  'account.heading.editProfile': 'Úprava profilu',
  'account.heading.verifyContact': 'Zadajte overovací kód',
  'account.heading.signInMethods': 'Dvojstupňové overenie',
  'account.heading.setUpTotp': 'Nastavte overovaciu aplikáciu',
  'account.heading.passkeys': 'Prístupové kľúče',
  'account.heading.devices': 'Zapamätané zariadenia',
  'account.heading.deleteAccount': 'Odstránenie účtu',

  'account.signedOut': 'Ak chcete spravovať svoj účet, prihláste sa.',
  'account.loading': 'Načítava sa…',
  'account.retry': 'Skúsiť znova',
  'account.back': 'Späť na váš účet',
  'account.save': 'Uložiť',
  'account.saving': 'Ukladá sa…',
  'account.notSet': 'Nezadané',
  'account.verified': 'Overené',
  'account.unverified': 'Neoverené',
  'account.verify': (field) => `Overiť: ${field}`,
  'account.profile': 'Profil',
  'account.security': 'Zabezpečenie',
  'account.open.editProfile': 'Upraviť profil',
  'account.open.changePassword': 'Zmeniť heslo',
  'account.open.signInMethods': 'Dvojstupňové overenie',
  'account.open.passkeys': 'Prístupové kľúče',
  'account.open.devices': 'Zapamätané zariadenia',
  'account.open.deleteAccount': 'Odstrániť účet',
  'account.signOutEverywhere': 'Odhlásiť zo všetkých zariadení',

  'account.field.currentPassword': 'Súčasné heslo',
  'account.changePassword.submit': 'Zmeniť heslo',

  'account.verify.intro': (field) => `Nový údaj (${field}) začne platiť po overení; dovtedy funguje ten pôvodný.`,
  'account.verify.submit': 'Overiť',
  'account.verify.later': 'Overiť neskôr',

  'account.mfa.intro': 'Po zadaní hesla sa vyžaduje kód jedným z týchto spôsobov.',
  'account.mfa.on': 'Zapnuté',
  'account.mfa.off': 'Vypnuté',
  'account.mfa.preferred': 'Zapnuté, vyžaduje sa ako prvé',
  'account.mfa.turnOn': (method) => `Zapnúť: ${method}`,
  'account.mfa.turnOff': (method) => `Vypnúť: ${method}`,
  'account.mfa.prefer': (method) => `Vyžadovať ako prvé: ${method}`,
  'account.mfa.setUpTotp': 'Nastaviť overovaciu aplikáciu',
  'account.mfa.needsVerified': (field) => `Vyžaduje overený údaj v profile: ${field}.`,

  'account.passkeys.intro': 'S prístupovými kľúčmi sa namiesto hesla prihlasujete odtlačkom prsta, tvárou alebo zámkou obrazovky.',
  'account.passkeys.none': 'Zatiaľ nemáte žiadne prístupové kľúče.',
  'account.passkeys.add': 'Pridať prístupový kľúč',
  'account.passkeys.adding': 'Postupujte podľa pokynov prehliadača…',
  'account.passkeys.created': (date) => `Pridané ${date}`,
  'account.passkeys.delete': (name) => `Odstrániť ${name}`,

  'account.devices.intro': 'Na zapamätanom zariadení sa prihlasujete bez druhého kroku.',
  'account.devices.none': 'Nemáte žiadne zapamätané zariadenia.',
  'account.devices.thisDevice': 'Toto zariadenie',
  'account.devices.lastUsed': (date) => `Naposledy použité ${date}`,
  'account.devices.forget': (name) => `Zabudnúť ${name}`,

  'account.delete.warning': 'Váš účet a všetko v ňom sa odstráni. Túto akciu nie je možné vrátiť späť.',
  'account.delete.confirmLabel': (name) => `Na potvrdenie zadajte ${name}`,
  'account.delete.submit': 'Odstrániť môj účet',
  'account.delete.pending': 'Odstraňuje sa…',

  'account.notice.passwordChanged': 'Vaše heslo bolo zmenené.',
  'account.notice.profileSaved': 'Váš profil bol uložený.',
  'account.notice.contactVerified': 'Overené. Odteraz sa používa nový údaj.',
  'account.notice.codeResent': 'Poslali sme nový kód.',
  'account.notice.mfaUpdated': 'Dvojstupňové overenie bolo aktualizované.',
  'account.notice.totpEnabled': 'Overovacia aplikácia je nastavená a pri prihlásení sa bude vyžadovať.',
  'account.notice.passkeyAdded': 'Prístupový kľúč bol pridaný.',
  'account.notice.passkeyDeleted': 'Prístupový kľúč bol odstránený.',
  'account.notice.deviceForgotten': 'Zariadenie bolo zabudnuté. Znova sa na ňom bude vyžadovať druhý krok.',

  'account.error.wrongCurrentPassword': 'Súčasné heslo nie je správne.',
  'account.error.confirmationMismatch': 'Nezhoduje sa. Zadajte to presne tak, ako je zobrazené.',
  'account.error.nothingChanged': 'Nič sa nezmenilo.',
} satisfies AccountMessages;
