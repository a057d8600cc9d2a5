/**
 * Latvian, in the sign-in catalogue's terms: polite "jūs", and impersonal forms where a participle
 * would assume a gender (src/i18n/locales/lv.ts). A contact label or method name follows a colon
 * or stands in brackets, in the nominative the page passes.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Jūsu konts',
  'account.heading.changePassword': 'Paroles maiņa',
  'account.heading.editProfile': 'Profila rediģēšana',
  'account.heading.verifyContact': 'Ievadiet verifikācijas kodu',
  'account.heading.signInMethods': 'Divpakāpju verifikācija',
  'account.heading.setUpTotp': 'Autentifikācijas lietotnes iestatīšana',
  'account.heading.passkeys': 'Piekļuves atslēgas',
  'account.heading.devices': 'Iegaumētās ierīces',
  'account.heading.deleteAccount': 'Konta dzēšana',

  'account.signedOut': 'Piesakieties, lai pārvaldītu savu kontu.',
  'account.loading': 'Notiek ielāde…',
  'account.retry': 'Mēģināt vēlreiz',
  'account.back': 'Atpakaļ uz kontu',
  'account.save': 'Saglabāt',
  'account.saving': 'Notiek saglabāšana…',
  'account.notSet': 'Nav norādīts',
  'account.verified': 'Verificēts',
  'account.unverified': 'Nav verificēts',
  'account.verify': (field) => `Verificēt: ${field}`,
  'account.profile': 'Profils',
  'account.security': 'Drošība',
  'account.open.editProfile': 'Rediģēt profilu',
  'account.open.changePassword': 'Mainīt paroli',
  'account.open.signInMethods': 'Divpakāpju verifikācija',
  'account.open.passkeys': 'Piekļuves atslēgas',
  'account.open.devices': 'Iegaumētās ierīces',
  'account.open.deleteAccount': 'Dzēst kontu',
  'account.signOutEverywhere': 'Izrakstīties visās ierīcēs',

  'account.field.currentPassword': 'Pašreizējā parole',
  'account.changePassword.submit': 'Mainīt paroli',

  'account.verify.intro': (field) => `Jaunā vērtība (${field}) stāsies spēkā pēc verifikācijas; līdz tam darbojas iepriekšējā.`,
  'account.verify.submit': 'Verificēt',
  'account.verify.later': 'Verificēt vēlāk',

  'account.mfa.intro': 'Pēc paroles tiek prasīts kods ar kādu no šīm metodēm.',
  'account.mfa.on': 'Ieslēgts',
  'account.mfa.off': 'Izslēgts',
  'account.mfa.preferred': 'Ieslēgts, tiek prasīts vispirms',
  'account.mfa.turnOn': (method) => `Ieslēgt: ${method}`,
  'account.mfa.turnOff': (method) => `Izslēgt: ${method}`,
  'account.mfa.prefer': (method) => `Prasīt vispirms: ${method}`,
  'account.mfa.setUpTotp': 'Iestatīt autentifikācijas lietotni',
  'account.mfa.needsVerified': (field) => `Profilā nepieciešama verificēta vērtība: ${field}.`,

  'account.passkeys.intro': 'Ar piekļuves atslēgām varat pieteikties ar pirksta nospiedumu, seju vai ekrāna bloķēšanu, nevis ar paroli.',
  'account.passkeys.none': 'Jums vēl nav piekļuves atslēgu.',
  'account.passkeys.add': 'Pievienot piekļuves atslēgu',
  'account.passkeys.adding': 'Izpildiet pārlūkprogrammas norādījumus…',
  'account.passkeys.created': (date) => `Pievienota ${date}`,
  'account.passkeys.delete': (name) => `Dzēst ${name}`,

  'account.devices.intro': 'Iegaumētā ierīcē varat pieteikties bez otrās darbības.',
  'account.devices.none': 'Nav iegaumētu ierīču.',
  'account.devices.thisDevice': 'Šī ierīce',
  'account.devices.lastUsed': (date) => `Pēdējoreiz izmantota ${date}`,
  'account.devices.forget': (name) => `Aizmirst ${name}`,

  'account.delete.warning': 'Jūsu konts un viss tajā esošais tiks dzēsts. To nevar atsaukt.',
  'account.delete.confirmLabel': (name) => `Lai apstiprinātu, ievadiet ${name}`,
  'account.delete.submit': 'Dzēst manu kontu',
  'account.delete.pending': 'Notiek dzēšana…',

  'account.notice.passwordChanged': 'Parole ir nomainīta.',
  'account.notice.profileSaved': 'Profils ir saglabāts.',
  'account.notice.contactVerified': 'Verificēts. Turpmāk tiek izmantota jaunā vērtība.',
  'account.notice.codeResent': 'Nosūtījām jaunu kodu.',
  'account.notice.mfaUpdated': 'Divpakāpju verifikācija ir atjaunināta.',
  'account.notice.totpEnabled': 'Autentifikācijas lietotne ir iestatīta un tiks prasīta, piesakoties.',
  'account.notice.passkeyAdded': 'Piekļuves atslēga ir pievienota.',
  'account.notice.passkeyDeleted': 'Piekļuves atslēga ir dzēsta.',
  'account.notice.deviceForgotten': 'Ierīce ir aizmirsta. Tajā atkal tiks prasīta otrā darbība.',

  'account.error.wrongCurrentPassword': 'Pašreizējā parole nav pareiza.',
  'account.error.confirmationMismatch': 'Nesakrīt. Ievadiet tieši tā, kā parādīts.',
  'account.error.nothingChanged': 'Nekas netika mainīts.',
} satisfies AccountMessages;
