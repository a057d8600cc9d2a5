/**
 * Swedish, in the sign-in catalogue's terms and "du" (src/i18n/locales/sv.ts). A contact label
 * stands in brackets or after a colon, so nothing has to agree with its gender.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Ditt konto',
  'account.heading.changePassword': 'Byt ditt lösenord',
  'account.heading.editProfile': 'Redigera din profil',
  'account.heading.verifyContact': 'Ange verifieringskoden',
  'account.heading.signInMethods': 'Tvåstegsverifiering',
  'account.heading.setUpTotp': 'Konfigurera en autentiseringsapp',
  'account.heading.passkeys': 'Passkeys',
  'account.heading.devices': 'Sparade enheter',
  'account.heading.deleteAccount': 'Radera ditt konto',

  'account.signedOut': 'Logga in för att hantera ditt konto.',
  'account.loading': 'Läser in …',
  'account.retry': 'Försök igen',
  'account.back': 'Tillbaka till ditt konto',
  'account.save': 'Spara',
  'account.saving': 'Sparar …',
  'account.notSet': 'Inte angivet',
  'account.verified': 'Verifierad',
  'account.unverified': 'Inte verifierad',
  'account.verify': (field) => `Verifiera ${field}`,
  'account.profile': 'Profil',
  'account.security': 'Säkerhet',
  'account.open.editProfile': 'Redigera profil',
  'account.open.changePassword': 'Byt lösenord',
  'account.open.signInMethods': 'Tvåstegsverifiering',
  'account.open.passkeys': 'Passkeys',
  'account.open.devices': 'Sparade enheter',
  'account.open.deleteAccount': 'Radera konto',
  'account.signOutEverywhere': 'Logga ut på alla enheter',

  'account.field.currentPassword': 'Nuvarande lösenord',
  'account.changePassword.submit': 'Byt lösenord',

  'account.verify.intro': (field) => `Den nya uppgiften (${field}) används när den har verifierats; tills dess fungerar den gamla.`,
  'account.verify.submit': 'Verifiera',
  'account.verify.later': 'Verifiera senare',

  'account.mfa.intro': 'Efter ditt lösenord ombeds du ange en kod från någon av de här metoderna.',
  'account.mfa.on': 'På',
  'account.mfa.off': 'Av',
  'account.mfa.preferred': 'På, efterfrågas först',
  'account.mfa.turnOn': (method) => `Aktivera ${method}`,
  'account.mfa.turnOff': (method) => `Inaktivera ${method}`,
  'account.mfa.prefer': (method) => `Använd ${method} först`,
  'account.mfa.setUpTotp': 'Konfigurera en autentiseringsapp',
  'account.mfa.needsVerified': (field) => `Kräver en verifierad uppgift i din profil: ${field}.`,

  'account.passkeys.intro': 'Med passkeys loggar du in med fingeravtryck, ansikte eller skärmlås i stället för med ett lösenord.',
  'account.passkeys.none': 'Du har inga passkeys än.',
  'account.passkeys.add': 'Lägg till en passkey',
  'account.passkeys.adding': 'Följ webbläsarens instruktioner …',
  'account.passkeys.created': (date) => `Tillagd ${date}`,
  'account.passkeys.delete': (name) => `Radera ${name}`,

  'account.devices.intro': 'På en sparad enhet loggar du in utan det andra steget.',
  'account.devices.none': 'Inga enheter är sparade.',
  'account.devices.thisDevice': 'Den här enheten',
  'account.devices.lastUsed': (date) => `Senast använd ${date}`,
  'account.devices.forget': (name) => `Glöm ${name}`,

  'account.delete.warning': 'Ditt konto och allt i det raderas. Det går inte att ångra.',
  'account.delete.confirmLabel': (name) => `Bekräfta genom att skriva ${name}`,
  'account.delete.submit': 'Radera mitt konto',
  'account.delete.pending': 'Raderar …',

  'account.notice.passwordChanged': 'Ditt lösenord har ändrats.',
  'account.notice.profileSaved': 'Din profil har sparats.',
  'account.notice.contactVerified': 'Verifierad. Du kan använda den från och med nu.',
  'account.notice.codeResent': 'Vi har skickat en ny kod.',
  'account.notice.mfaUpdated': 'Tvåstegsverifieringen har uppdaterats.',
  'account.notice.totpEnabled': 'Din autentiseringsapp är konfigurerad och efterfrågas vid inloggning.',
  'account.notice.passkeyAdded': 'Din passkey har lagts till.',
  'account.notice.passkeyDeleted': 'Passkeyn har raderats.',
  'account.notice.deviceForgotten': 'Enheten har glömts. Där efterfrågas det andra steget igen.',

  'account.error.wrongCurrentPassword': 'Ditt nuvarande lösenord stämmer inte.',
  'account.error.confirmationMismatch': 'Det stämmer inte. Skriv det exakt som det visas.',
  'account.error.nothingChanged': 'Inget har ändrats.',
} satisfies AccountMessages;
