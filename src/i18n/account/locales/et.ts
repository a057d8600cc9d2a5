/**
 * Estonian, in the sign-in catalogue's terms and "sina" (src/i18n/locales/et.ts). A contact label
 * stands as a total object or subject, both in the nominative the page passes; a method name
 * follows a colon.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Sinu konto',
  'account.heading.changePassword': 'Muuda oma parool',
  'account.heading.editProfile': 'Muuda oma profiili',
  'account.heading.verifyContact': 'Sisesta kinnituskood',
  'account.heading.signInMethods': 'Kaheastmeline kinnitamine',
  'account.heading.setUpTotp': 'Seadista autentimisrakendus',
  'account.heading.passkeys': 'Pääsuvõtmed',
  'account.heading.devices': 'Meeldejäetud seadmed',
  'account.heading.deleteAccount': 'Kustuta oma konto',

  'account.signedOut': 'Konto haldamiseks logi sisse.',
  'account.loading': 'Laadimine…',
  'account.retry': 'Proovi uuesti',
  'account.back': 'Tagasi konto juurde',
  'account.save': 'Salvesta',
  'account.saving': 'Salvestamine…',
  'account.notSet': 'Määramata',
  'account.verified': 'Kinnitatud',
  'account.unverified': 'Kinnitamata',
  'account.verify': (field) => `Kinnita ${field}`,
  'account.profile': 'Profiil',
  'account.security': 'Turvalisus',
  'account.open.editProfile': 'Muuda profiili',
  'account.open.changePassword': 'Muuda parool',
  'account.open.signInMethods': 'Kaheastmeline kinnitamine',
  'account.open.passkeys': 'Pääsuvõtmed',
  'account.open.devices': 'Meeldejäetud seadmed',
  'account.open.deleteAccount': 'Kustuta konto',
  'account.signOutEverywhere': 'Logi välja kõigist seadmetest',

  'account.field.currentPassword': 'Praegune parool',
  'account.changePassword.submit': 'Muuda parool',

  'account.verify.intro': (field) => `Uus ${field} võetakse kasutusele pärast kinnitamist; seni toimib vana edasi.`,
  'account.verify.submit': 'Kinnita',
  'account.verify.later': 'Kinnita hiljem',

  'account.mfa.intro': 'Pärast parooli küsitakse koodi ühe nende viiside kaudu.',
  'account.mfa.on': 'Sees',
  'account.mfa.off': 'Väljas',
  'account.mfa.preferred': 'Sees, küsitakse esimesena',
  'account.mfa.turnOn': (method) => `Lülita sisse: ${method}`,
  'account.mfa.turnOff': (method) => `Lülita välja: ${method}`,
  'account.mfa.prefer': (method) => `Küsi esimesena: ${method}`,
  'account.mfa.setUpTotp': 'Seadista autentimisrakendus',
  'account.mfa.needsVerified': (field) => `Selleks peab su profiilis olema kinnitatud ${field}.`,

  'account.passkeys.intro': 'Pääsuvõtmetega saad parooli asemel sisse logida sõrmejälje, näo või ekraanilukuga.',
  'account.passkeys.none': 'Sul pole veel pääsuvõtmeid.',
  'account.passkeys.add': 'Lisa pääsuvõti',
  'account.passkeys.adding': 'Järgi brauseri juhiseid…',
  'account.passkeys.created': (date) => `Lisatud ${date}`,
  'account.passkeys.delete': (name) => `Kustuta ${name}`,

  'account.devices.intro': 'Meeldejäetud seadmes logid sisse ilma teise sammuta.',
  'account.devices.none': 'Ühtegi seadet pole meelde jäetud.',
  'account.devices.thisDevice': 'See seade',
  'account.devices.lastUsed': (date) => `Viimati kasutatud ${date}`,
  'account.devices.forget': (name) => `Unusta ${name}`,

  'account.delete.warning': 'Sinu konto ja kõik selles kustutatakse. Seda ei saa tagasi võtta.',
  'account.delete.confirmLabel': (name) => `Kinnitamiseks sisesta ${name}`,
  'account.delete.submit': 'Kustuta minu konto',
  'account.delete.pending': 'Kustutamine…',

  'account.notice.passwordChanged': 'Sinu parool on muudetud.',
  'account.notice.profileSaved': 'Sinu profiil on salvestatud.',
  'account.notice.contactVerified': 'Kinnitatud. Saad seda nüüdsest kasutada.',
  'account.notice.codeResent': 'Saatsime uue koodi.',
  'account.notice.mfaUpdated': 'Kaheastmeline kinnitamine on uuendatud.',
  'account.notice.totpEnabled': 'Sinu autentimisrakendus on seadistatud ja seda küsitakse sisselogimisel.',
  'account.notice.passkeyAdded': 'Sinu pääsuvõti on lisatud.',
  'account.notice.passkeyDeleted': 'Pääsuvõti on kustutatud.',
  'account.notice.deviceForgotten': 'Seade on unustatud. Seal küsitakse taas teist sammu.',

  'account.error.wrongCurrentPassword': 'Praegune parool pole õige.',
  'account.error.confirmationMismatch': 'See ei klapi. Sisesta see täpselt nii, nagu näidatud.',
  'account.error.nothingChanged': 'Midagi ei muudetud.',
} satisfies AccountMessages;
