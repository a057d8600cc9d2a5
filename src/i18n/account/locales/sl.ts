/**
 * Slovenian, in the sign-in catalogue's terms and polite "vi" (src/i18n/locales/sl.ts). A contact
 * label or method name follows a colon or stands in brackets, in the nominative the page passes.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Vaš račun',
  'account.heading.changePassword': 'Spreminjanje gesla',
  'account.heading.editProfile': 'Urejanje profila',
  'account.heading.verifyContact': 'Vnesite potrditveno kodo',
  'account.heading.signInMethods': 'Preverjanje v dveh korakih',
  'account.heading.setUpTotp': 'Nastavitev aplikacije za preverjanje pristnosti',
  'account.heading.passkeys': 'Ključi za dostop',
  'account.heading.devices': 'Zapomnjene naprave',
  'account.heading.deleteAccount': 'Brisanje računa',

  'account.signedOut': 'Prijavite se, da boste lahko upravljali račun.',
  'account.loading': 'Nalaganje …',
  'account.retry': 'Poskusi znova',
  'account.back': 'Nazaj na račun',
  'account.save': 'Shrani',
  'account.saving': 'Shranjevanje …',
  'account.notSet': 'Ni nastavljeno',
  'account.verified': 'Preverjeno',
  'account.unverified': 'Ni preverjeno',
  'account.verify': (field) => `Preveri: ${field}`,
  'account.profile': 'Profil',
  'account.security': 'Varnost',
  'account.open.editProfile': 'Uredi profil',
  'account.open.changePassword': 'Spremeni geslo',
  'account.open.signInMethods': 'Preverjanje v dveh korakih',
  'account.open.passkeys': 'Ključi za dostop',
  'account.open.devices': 'Zapomnjene naprave',
  'account.open.deleteAccount': 'Izbriši račun',
  'account.signOutEverywhere': 'Odjava z vseh naprav',

  'account.field.currentPassword': 'Trenutno geslo',
  'account.changePassword.submit': 'Spremeni geslo',

  'account.verify.intro': (field) => `Novi podatek (${field}) začne veljati po preverjanju; do takrat deluje prejšnji.`,
  'account.verify.submit': 'Preveri',
  'account.verify.later': 'Preveri pozneje',

  'account.mfa.intro': 'Po geslu se zahteva koda na enega od teh načinov.',
  'account.mfa.on': 'Vklopljeno',
  'account.mfa.off': 'Izklopljeno',
  'account.mfa.preferred': 'Vklopljeno, zahteva se najprej',
  'account.mfa.turnOn': (method) => `Vklopi: ${method}`,
  'account.mfa.turnOff': (method) => `Izklopi: ${method}`,
  'account.mfa.prefer': (method) => `Najprej zahtevaj: ${method}`,
  'account.mfa.setUpTotp': 'Nastavi aplikacijo za preverjanje pristnosti',
  'account.mfa.needsVerified': (field) => `Zahteva preverjen podatek v profilu: ${field}.`,

  'account.passkeys.intro': 'S ključi za dostop se namesto z geslom prijavljate s prstnim odtisom, obrazom ali zaklepanjem zaslona.',
  'account.passkeys.none': 'Še nimate ključev za dostop.',
  'account.passkeys.add': 'Dodaj ključ za dostop',
  'account.passkeys.adding': 'Sledite navodilom brskalnika …',
  'account.passkeys.created': (date) => `Dodano ${date}`,
  'account.passkeys.delete': (name) => `Izbriši ${name}`,

  'account.devices.intro': 'Na zapomnjeni napravi se prijavite brez drugega koraka.',
  'account.devices.none': 'Ni zapomnjenih naprav.',
  'account.devices.thisDevice': 'Ta naprava',
  'account.devices.lastUsed': (date) => `Nazadnje uporabljeno ${date}`,
  'account.devices.forget': (name) => `Pozabi ${name}`,

  'account.delete.warning': 'Vaš račun in vse v njem bo izbrisano. Tega ni mogoče razveljaviti.',
  'account.delete.confirmLabel': (name) => `Za potrditev vnesite ${name}`,
  'account.delete.submit': 'Izbriši moj račun',
  'account.delete.pending': 'Brisanje …',

  'account.notice.passwordChanged': 'Geslo je bilo spremenjeno.',
  'account.notice.profileSaved': 'Profil je bil shranjen.',
  'account.notice.contactVerified': 'Preverjeno. Odslej se uporablja novi podatek.',
  'account.notice.codeResent': 'Poslali smo novo kodo.',
  'account.notice.mfaUpdated': 'Preverjanje v dveh korakih je bilo posodobljeno.',
  'account.notice.totpEnabled': 'Aplikacija za preverjanje pristnosti je nastavljena in se bo zahtevala ob prijavi.',
  'account.notice.passkeyAdded': 'Ključ za dostop je bil dodan.',
  'account.notice.passkeyDeleted': 'Ključ za dostop je bil izbrisan.',
  'account.notice.deviceForgotten': 'Naprava je bila pozabljena. Na njej se bo znova zahteval drugi korak.',

  'account.error.wrongCurrentPassword': 'Trenutno geslo ni pravilno.',
  'account.error.confirmationMismatch': 'Se ne ujema. Vnesite natanko tako, kot je prikazano.',
  'account.error.nothingChanged': 'Nič ni bilo spremenjeno.',
} satisfies AccountMessages;
