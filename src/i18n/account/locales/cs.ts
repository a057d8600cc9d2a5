/**
 * Czech, in the sign-in catalogue's terms and polite "vy" (src/i18n/locales/cs.ts). A contact
 * label or method name follows a colon or stands in brackets, in the nominative the page passes.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Váš účet',
  'account.heading.changePassword': 'Změna hesla',
  'account.heading.editProfile': 'Úprava profilu',
  'account.heading.verifyContact': 'Zadejte ověřovací kód',
  'account.heading.signInMethods': 'Dvoufázové ověření',
  'account.heading.setUpTotp': 'Nastavte ověřovací aplikaci',
  'account.heading.passkeys': 'Přístupové klíče',
  'account.heading.devices': 'Zapamatovaná zařízení',
  'account.heading.deleteAccount': 'Smazání účtu',

  'account.signedOut': 'Chcete-li spravovat svůj účet, přihlaste se.',
  'account.loading': 'Načítání…',
  'account.retry': 'Zkusit znovu',
  'account.back': 'Zpět na váš účet',
  'account.save': 'Uložit',
  'account.saving': 'Ukládání…',
  'account.notSet': 'Nezadáno',
  'account.verified': 'Ověřeno',
  'account.unverified': 'Neověřeno',
  'account.verify': (field) => `Ověřit: ${field}`,
  'account.profile': 'Profil',
  'account.security': 'Zabezpečení',
  'account.open.editProfile': 'Upravit profil',
  'account.open.changePassword': 'Změnit heslo',
  'account.open.signInMethods': 'Dvoufázové ověření',
  'account.open.passkeys': 'Přístupové klíče',
  'account.open.devices': 'Zapamatovaná zařízení',
  'account.open.deleteAccount': 'Smazat účet',
  'account.signOutEverywhere': 'Odhlásit ze všech zařízení',

  'account.field.currentPassword': 'Současné heslo',
  'account.changePassword.submit': 'Změnit heslo',

  'account.verify.intro': (field) => `Nový údaj (${field}) začne platit po ověření; do té doby funguje ten původní.`,
  'account.verify.submit': 'Ověřit',
  'account.verify.later': 'Ověřit později',

  'account.mfa.intro': 'Po zadání hesla budete požádáni o kód jedním z těchto způsobů.',
  'account.mfa.on': 'Zapnuto',
  'account.mfa.off': 'Vypnuto',
  'account.mfa.preferred': 'Zapnuto, vyžaduje se jako první',
  'account.mfa.turnOn': (method) => `Zapnout: ${method}`,
  'account.mfa.turnOff': (method) => `Vypnout: ${method}`,
  'account.mfa.prefer': (method) => `Vyžadovat jako první: ${method}`,
  'account.mfa.setUpTotp': 'Nastavit ověřovací aplikaci',
  'account.mfa.needsVerified': (field) => `Vyžaduje ověřený údaj v profilu: ${field}.`,

  'account.passkeys.intro': 'S přístupovými klíči se místo hesla přihlašujete otiskem prstu, obličejem nebo zámkem obrazovky.',
  'account.passkeys.none': 'Zatím nemáte žádné přístupové klíče.',
  'account.passkeys.add': 'Přidat přístupový klíč',
  'account.passkeys.adding': 'Postupujte podle pokynů prohlížeče…',
  'account.passkeys.created': (date) => `Přidáno ${date}`,
  'account.passkeys.delete': (name) => `Smazat ${name}`,

  'account.devices.intro': 'Na zapamatovaném zařízení se přihlašujete bez druhého kroku.',
  'account.devices.none': 'Nemáte žádná zapamatovaná zařízení.',
  'account.devices.thisDevice': 'Toto zařízení',
  'account.devices.lastUsed': (date) => `Naposledy použito ${date}`,
  'account.devices.forget': (name) => `Zapomenout ${name}`,

  'account.delete.warning': 'Váš účet a vše v něm bude smazáno. Tuto akci nelze vrátit zpět.',
  'account.delete.confirmLabel': (name) => `Pro potvrzení zadejte ${name}`,
  'account.delete.submit': 'Smazat můj účet',
  'account.delete.pending': 'Mazání…',

  'account.notice.passwordChanged': 'Vaše heslo bylo změněno.',
  'account.notice.profileSaved': 'Váš profil byl uložen.',
  'account.notice.contactVerified': 'Ověřeno. Od teď se používá nový údaj.',
  'account.notice.codeResent': 'Poslali jsme nový kód.',
  'account.notice.mfaUpdated': 'Dvoufázové ověření bylo aktualizováno.',
  'account.notice.totpEnabled': 'Ověřovací aplikace je nastavená a při přihlášení se bude vyžadovat.',
  'account.notice.passkeyAdded': 'Přístupový klíč byl přidán.',
  'account.notice.passkeyDeleted': 'Přístupový klíč byl smazán.',
  'account.notice.deviceForgotten': 'Zařízení bylo zapomenuto. Bude na něm znovu vyžadován druhý krok.',

  'account.error.wrongCurrentPassword': 'Současné heslo není správné.',
  'account.error.confirmationMismatch': 'Neshoduje se. Zadejte to přesně tak, jak je zobrazeno.',
  'account.error.nothingChanged': 'Nic se nezměnilo.',
} satisfies AccountMessages;
