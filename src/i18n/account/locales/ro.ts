/**
 * Romanian, in the sign-in catalogue's terms: polite "dumneavoastră" forms, and comma-below ș and ț
 * (src/i18n/locales/ro.ts). A contact label or method name follows a colon or stands in brackets,
 * so no article has to agree with it.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Contul dvs.',
  'account.heading.changePassword': 'Schimbați parola',
  'account.heading.editProfile': 'Editați profilul',
  'account.heading.verifyContact': 'Introduceți codul de verificare',
  'account.heading.signInMethods': 'Verificare în doi pași',
  'account.heading.setUpTotp': 'Configurați o aplicație de autentificare',
  'account.heading.passkeys': 'Chei de acces',
  'account.heading.devices': 'Dispozitive memorate',
  'account.heading.deleteAccount': 'Ștergeți contul',

  'account.signedOut': 'Conectați-vă pentru a vă gestiona contul.',
  'account.loading': 'Se încarcă…',
  'account.retry': 'Încercați din nou',
  'account.back': 'Înapoi la cont',
  'account.save': 'Salvați',
  'account.saving': 'Se salvează…',
  'account.notSet': 'Necompletat',
  'account.verified': 'Verificat',
  'account.unverified': 'Neverificat',
  'account.verify': (field) => `Verificați: ${field}`,
  'account.profile': 'Profil',
  'account.security': 'Securitate',
  'account.open.editProfile': 'Editați profilul',
  'account.open.changePassword': 'Schimbați parola',
  'account.open.signInMethods': 'Verificare în doi pași',
  'account.open.passkeys': 'Chei de acces',
  'account.open.devices': 'Dispozitive memorate',
  'account.open.deleteAccount': 'Ștergeți contul',
  'account.signOutEverywhere': 'Deconectați-vă de pe toate dispozitivele',

  'account.field.currentPassword': 'Parola actuală',
  'account.changePassword.submit': 'Schimbați parola',

  'account.verify.intro': (field) => `Noua valoare (${field}) se folosește după verificare; până atunci, cea veche funcționează în continuare.`,
  'account.verify.submit': 'Verificați',
  'account.verify.later': 'Verificați mai târziu',

  'account.mfa.intro': 'După parolă, vi se cere un cod prin una dintre aceste metode.',
  'account.mfa.on': 'Activat',
  'account.mfa.off': 'Dezactivat',
  'account.mfa.preferred': 'Activat, cerut primul',
  'account.mfa.turnOn': (method) => `Activați: ${method}`,
  'account.mfa.turnOff': (method) => `Dezactivați: ${method}`,
  'account.mfa.prefer': (method) => `Cereți mai întâi: ${method}`,
  'account.mfa.setUpTotp': 'Configurați o aplicație de autentificare',
  'account.mfa.needsVerified': (field) => `Necesită o valoare verificată în profil: ${field}.`,

  'account.passkeys.intro': 'Cheile de acces vă permit să vă conectați cu amprenta, cu fața sau cu blocarea ecranului în loc de parolă.',
  'account.passkeys.none': 'Nu aveți încă nicio cheie de acces.',
  'account.passkeys.add': 'Adăugați o cheie de acces',
  'account.passkeys.adding': 'Urmați instrucțiunile browserului…',
  'account.passkeys.created': (date) => `Adăugată pe ${date}`,
  'account.passkeys.delete': (name) => `Ștergeți ${name}`,

  'account.devices.intro': 'Pe un dispozitiv memorat vă conectați fără al doilea pas.',
  'account.devices.none': 'Niciun dispozitiv memorat.',
  'account.devices.thisDevice': 'Acest dispozitiv',
  'account.devices.lastUsed': (date) => `Folosit ultima dată pe ${date}`,
  'account.devices.forget': (name) => `Uitați ${name}`,

  'account.delete.warning': 'Contul dvs. și tot ce conține vor fi șterse. Acțiunea nu poate fi anulată.',
  'account.delete.confirmLabel': (name) => `Pentru confirmare, introduceți ${name}`,
  'account.delete.submit': 'Ștergeți-mi contul',
  'account.delete.pending': 'Se șterge…',

  'account.notice.passwordChanged': 'Parola a fost schimbată.',
  'account.notice.profileSaved': 'Profilul a fost salvat.',
  'account.notice.contactVerified': 'Verificat. De acum se folosește noua valoare.',
  'account.notice.codeResent': 'V-am trimis un cod nou.',
  'account.notice.mfaUpdated': 'Verificarea în doi pași a fost actualizată.',
  'account.notice.totpEnabled': 'Aplicația de autentificare este configurată și va fi cerută la conectare.',
  'account.notice.passkeyAdded': 'Cheia de acces a fost adăugată.',
  'account.notice.passkeyDeleted': 'Cheia de acces a fost ștearsă.',
  'account.notice.deviceForgotten': 'Dispozitivul a fost uitat. Pe el se va cere din nou al doilea pas.',

  'account.error.wrongCurrentPassword': 'Parola actuală nu este corectă.',
  'account.error.confirmationMismatch': 'Nu se potrivește. Introduceți exact cum este afișat.',
  'account.error.nothingChanged': 'Nu s-a schimbat nimic.',
} satisfies AccountMessages;
