/**
 * Croatian, in the sign-in catalogue's terms and polite "vi" (src/i18n/locales/hr.ts). A contact
 * label or method name follows a colon or stands in brackets, in the nominative the page passes.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Vaš račun',
  'account.heading.changePassword': 'Promjena lozinke',
  'account.heading.editProfile': 'Uređivanje profila',
  'account.heading.verifyContact': 'Unesite kôd za potvrdu',
  'account.heading.signInMethods': 'Potvrda u dva koraka',
  'account.heading.setUpTotp': 'Postavljanje aplikacije za autentifikaciju',
  'account.heading.passkeys': 'Pristupni ključevi',
  'account.heading.devices': 'Zapamćeni uređaji',
  'account.heading.deleteAccount': 'Brisanje računa',

  'account.signedOut': 'Prijavite se da biste upravljali računom.',
  'account.loading': 'Učitavanje…',
  'account.retry': 'Pokušaj ponovno',
  'account.back': 'Natrag na račun',
  'account.save': 'Spremi',
  'account.saving': 'Spremanje…',
  'account.notSet': 'Nije postavljeno',
  'account.verified': 'Potvrđeno',
  'account.unverified': 'Nije potvrđeno',
  'account.verify': (field) => `Potvrdi: ${field}`,
  'account.profile': 'Profil',
  'account.security': 'Sigurnost',
  'account.open.editProfile': 'Uredi profil',
  'account.open.changePassword': 'Promijeni lozinku',
  'account.open.signInMethods': 'Potvrda u dva koraka',
  'account.open.passkeys': 'Pristupni ključevi',
  'account.open.devices': 'Zapamćeni uređaji',
  'account.open.deleteAccount': 'Izbriši račun',
  'account.signOutEverywhere': 'Odjava sa svih uređaja',

  'account.field.currentPassword': 'Trenutačna lozinka',
  'account.changePassword.submit': 'Promijeni lozinku',

  'account.verify.intro': (field) => `Novi podatak (${field}) vrijedi nakon potvrde; dotad radi prethodni.`,
  'account.verify.submit': 'Potvrdi',
  'account.verify.later': 'Potvrdi kasnije',

  'account.mfa.intro': 'Nakon lozinke traži se kôd na jedan od ovih načina.',
  'account.mfa.on': 'Uključeno',
  'account.mfa.off': 'Isključeno',
  'account.mfa.preferred': 'Uključeno, traži se prvo',
  'account.mfa.turnOn': (method) => `Uključi: ${method}`,
  'account.mfa.turnOff': (method) => `Isključi: ${method}`,
  'account.mfa.prefer': (method) => `Traži prvo: ${method}`,
  'account.mfa.setUpTotp': 'Postavi aplikaciju za autentifikaciju',
  'account.mfa.needsVerified': (field) => `Potreban je potvrđen podatak u profilu: ${field}.`,

  'account.passkeys.intro': 'S pristupnim ključevima prijavljujete se otiskom prsta, licem ili zaključavanjem zaslona umjesto lozinkom.',
  'account.passkeys.none': 'Još nemate pristupnih ključeva.',
  'account.passkeys.add': 'Dodaj pristupni ključ',
  'account.passkeys.adding': 'Slijedite upute preglednika…',
  'account.passkeys.created': (date) => `Dodano ${date}`,
  'account.passkeys.delete': (name) => `Izbriši ${name}`,

  'account.devices.intro': 'Na zapamćenom uređaju prijavljujete se bez drugog koraka.',
  'account.devices.none': 'Nema zapamćenih uređaja.',
  'account.devices.thisDevice': 'Ovaj uređaj',
  'account.devices.lastUsed': (date) => `Zadnji put korišteno ${date}`,
  'account.devices.forget': (name) => `Zaboravi ${name}`,

  'account.delete.warning': 'Vaš račun i sve u njemu bit će izbrisani. Ova se radnja ne može poništiti.',
  'account.delete.confirmLabel': (name) => `Za potvrdu unesite ${name}`,
  'account.delete.submit': 'Izbriši moj račun',
  'account.delete.pending': 'Brisanje…',

  'account.notice.passwordChanged': 'Lozinka je promijenjena.',
  'account.notice.profileSaved': 'Profil je spremljen.',
  'account.notice.contactVerified': 'Potvrđeno. Od sada se koristi novi podatak.',
  'account.notice.codeResent': 'Poslali smo novi kôd.',
  'account.notice.mfaUpdated': 'Potvrda u dva koraka je ažurirana.',
  'account.notice.totpEnabled': 'Aplikacija za autentifikaciju je postavljena i tražit će se pri prijavi.',
  'account.notice.passkeyAdded': 'Pristupni ključ je dodan.',
  'account.notice.passkeyDeleted': 'Pristupni ključ je izbrisan.',
  'account.notice.deviceForgotten': 'Uređaj je zaboravljen. Na njemu će se ponovno tražiti drugi korak.',

  'account.error.wrongCurrentPassword': 'Trenutačna lozinka nije točna.',
  'account.error.confirmationMismatch': 'Ne podudara se. Unesite točno onako kako je prikazano.',
  'account.error.nothingChanged': 'Ništa nije promijenjeno.',
} satisfies AccountMessages;
