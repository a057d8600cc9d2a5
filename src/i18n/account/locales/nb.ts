/**
 * Norwegian Bokmål (nb; also what "no" asks for), in the sign-in catalogue's terms and "du"
 * (src/i18n/locales/nb.ts). A contact label stands in brackets or after a colon, so nothing has to
 * agree with its gender.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Kontoen din',
  'account.heading.changePassword': 'Endre passordet ditt',
  'account.heading.editProfile': 'Rediger profilen din',
  'account.heading.verifyContact': 'Skriv inn bekreftelseskoden',
  'account.heading.signInMethods': 'Totrinnsbekreftelse',
  'account.heading.setUpTotp': 'Konfigurer en autentiseringsapp',
  'account.heading.passkeys': 'Tilgangsnøkler',
  'account.heading.devices': 'Lagrede enheter',
  'account.heading.deleteAccount': 'Slett kontoen din',

  'account.signedOut': 'Logg på for å administrere kontoen din.',
  'account.loading': 'Laster inn …',
  'account.retry': 'Prøv igjen',
  'account.back': 'Tilbake til kontoen din',
  'account.save': 'Lagre',
  'account.saving': 'Lagrer …',
  'account.notSet': 'Ikke angitt',
  'account.verified': 'Bekreftet',
  'account.unverified': 'Ikke bekreftet',
  'account.verify': (field) => `Bekreft ${field}`,
  'account.profile': 'Profil',
  'account.security': 'Sikkerhet',
  'account.open.editProfile': 'Rediger profil',
  'account.open.changePassword': 'Endre passord',
  'account.open.signInMethods': 'Totrinnsbekreftelse',
  'account.open.passkeys': 'Tilgangsnøkler',
  'account.open.devices': 'Lagrede enheter',
  'account.open.deleteAccount': 'Slett konto',
  'account.signOutEverywhere': 'Logg av på alle enheter',

  'account.field.currentPassword': 'Nåværende passord',
  'account.changePassword.submit': 'Endre passord',

  'account.verify.intro': (field) => `Den nye opplysningen (${field}) tas i bruk når den er bekreftet; inntil da fungerer den gamle fortsatt.`,
  'account.verify.submit': 'Bekreft',
  'account.verify.later': 'Bekreft senere',

  'account.mfa.intro': 'Etter passordet blir du bedt om en kode fra én av disse metodene.',
  'account.mfa.on': 'På',
  'account.mfa.off': 'Av',
  'account.mfa.preferred': 'På, brukes først',
  'account.mfa.turnOn': (method) => `Slå på ${method}`,
  'account.mfa.turnOff': (method) => `Slå av ${method}`,
  'account.mfa.prefer': (method) => `Bruk ${method} først`,
  'account.mfa.setUpTotp': 'Konfigurer en autentiseringsapp',
  'account.mfa.needsVerified': (field) => `Krever en bekreftet opplysning i profilen din: ${field}.`,

  'account.passkeys.intro': 'Med tilgangsnøkler logger du på med fingeravtrykk, ansikt eller skjermlås i stedet for passord.',
  'account.passkeys.none': 'Du har ingen tilgangsnøkler ennå.',
  'account.passkeys.add': 'Legg til en tilgangsnøkkel',
  'account.passkeys.adding': 'Følg instruksjonene i nettleseren …',
  'account.passkeys.created': (date) => `Lagt til ${date}`,
  'account.passkeys.delete': (name) => `Slett ${name}`,

  'account.devices.intro': 'På en lagret enhet logger du på uten det andre trinnet.',
  'account.devices.none': 'Ingen enheter er lagret.',
  'account.devices.thisDevice': 'Denne enheten',
  'account.devices.lastUsed': (date) => `Sist brukt ${date}`,
  'account.devices.forget': (name) => `Glem ${name}`,

  'account.delete.warning': 'Kontoen din og alt i den blir slettet. Dette kan ikke angres.',
  'account.delete.confirmLabel': (name) => `Skriv ${name} for å bekrefte`,
  'account.delete.submit': 'Slett kontoen min',
  'account.delete.pending': 'Sletter …',

  'account.notice.passwordChanged': 'Passordet ditt er endret.',
  'account.notice.profileSaved': 'Profilen din er lagret.',
  'account.notice.contactVerified': 'Bekreftet. Du kan bruke den fra nå av.',
  'account.notice.codeResent': 'Vi har sendt en ny kode.',
  'account.notice.mfaUpdated': 'Totrinnsbekreftelsen er oppdatert.',
  'account.notice.totpEnabled': 'Autentiseringsappen din er konfigurert og blir brukt når du logger på.',
  'account.notice.passkeyAdded': 'Tilgangsnøkkelen din er lagt til.',
  'account.notice.passkeyDeleted': 'Tilgangsnøkkelen er slettet.',
  'account.notice.deviceForgotten': 'Enheten er glemt. Der blir du bedt om det andre trinnet igjen.',

  'account.error.wrongCurrentPassword': 'Det nåværende passordet ditt er feil.',
  'account.error.confirmationMismatch': 'Det stemmer ikke. Skriv det nøyaktig slik det vises.',
  'account.error.nothingChanged': 'Ingenting er endret.',
} satisfies AccountMessages;
