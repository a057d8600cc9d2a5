/**
 * Danish, in the sign-in catalogue's terms and "du" (src/i18n/locales/da.ts). A contact label
 * stands in brackets or after a colon, so nothing has to agree with its gender.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Din konto',
  'account.heading.changePassword': 'Skift din adgangskode',
  'account.heading.editProfile': 'Rediger din profil',
  'account.heading.verifyContact': 'Indtast bekræftelseskoden',
  'account.heading.signInMethods': 'Totrinsbekræftelse',
  'account.heading.setUpTotp': 'Konfigurer en godkendelsesapp',
  'account.heading.passkeys': 'Adgangsnøgler',
  'account.heading.devices': 'Huskede enheder',
  'account.heading.deleteAccount': 'Slet din konto',

  'account.signedOut': 'Log ind for at administrere din konto.',
  'account.loading': 'Indlæser …',
  'account.retry': 'Prøv igen',
  'account.back': 'Tilbage til din konto',
  'account.save': 'Gem',
  'account.saving': 'Gemmer …',
  'account.notSet': 'Ikke angivet',
  'account.verified': 'Bekræftet',
  'account.unverified': 'Ikke bekræftet',
  'account.verify': (field) => `Bekræft ${field}`,
  'account.profile': 'Profil',
  'account.security': 'Sikkerhed',
  'account.open.editProfile': 'Rediger profil',
  'account.open.changePassword': 'Skift adgangskode',
  'account.open.signInMethods': 'Totrinsbekræftelse',
  'account.open.passkeys': 'Adgangsnøgler',
  'account.open.devices': 'Huskede enheder',
  'account.open.deleteAccount': 'Slet konto',
  'account.signOutEverywhere': 'Log ud på alle enheder',

  'account.field.currentPassword': 'Nuværende adgangskode',
  'account.changePassword.submit': 'Skift adgangskode',

  'account.verify.intro': (field) => `Den nye oplysning (${field}) bruges, når den er bekræftet; indtil da virker den gamle fortsat.`,
  'account.verify.submit': 'Bekræft',
  'account.verify.later': 'Bekræft senere',

  'account.mfa.intro': 'Efter din adgangskode bliver du bedt om en kode fra en af disse metoder.',
  'account.mfa.on': 'Til',
  'account.mfa.off': 'Fra',
  'account.mfa.preferred': 'Til, bruges først',
  'account.mfa.turnOn': (method) => `Slå ${method} til`,
  'account.mfa.turnOff': (method) => `Slå ${method} fra`,
  'account.mfa.prefer': (method) => `Brug ${method} først`,
  'account.mfa.setUpTotp': 'Konfigurer en godkendelsesapp',
  'account.mfa.needsVerified': (field) => `Kræver en bekræftet oplysning i din profil: ${field}.`,

  'account.passkeys.intro': 'Med adgangsnøgler kan du logge ind med dit fingeraftryk, dit ansigt eller din skærmlås i stedet for en adgangskode.',
  'account.passkeys.none': 'Du har ingen adgangsnøgler endnu.',
  'account.passkeys.add': 'Tilføj en adgangsnøgle',
  'account.passkeys.adding': 'Følg din browsers instruktioner …',
  'account.passkeys.created': (date) => `Tilføjet ${date}`,
  'account.passkeys.delete': (name) => `Slet ${name}`,

  'account.devices.intro': 'På en husket enhed logger du ind uden andet trin.',
  'account.devices.none': 'Ingen enheder er husket.',
  'account.devices.thisDevice': 'Denne enhed',
  'account.devices.lastUsed': (date) => `Sidst brugt ${date}`,
  'account.devices.forget': (name) => `Glem ${name}`,

  'account.delete.warning': 'Din konto og alt i den bliver slettet. Det kan ikke fortrydes.',
  'account.delete.confirmLabel': (name) => `Skriv ${name} for at bekræfte`,
  'account.delete.submit': 'Slet min konto',
  'account.delete.pending': 'Sletter …',

  'account.notice.passwordChanged': 'Din adgangskode er ændret.',
  'account.notice.profileSaved': 'Din profil er gemt.',
  'account.notice.contactVerified': 'Bekræftet. Du kan bruge den fra nu af.',
  'account.notice.codeResent': 'Vi har sendt en ny kode.',
  'account.notice.mfaUpdated': 'Totrinsbekræftelse er opdateret.',
  'account.notice.totpEnabled': 'Din godkendelsesapp er konfigureret og bliver brugt, når du logger ind.',
  'account.notice.passkeyAdded': 'Din adgangsnøgle er tilføjet.',
  'account.notice.passkeyDeleted': 'Adgangsnøglen er slettet.',
  'account.notice.deviceForgotten': 'Enheden huskes ikke længere. Der bliver igen bedt om andet trin på den.',

  'account.error.wrongCurrentPassword': 'Din nuværende adgangskode er forkert.',
  'account.error.confirmationMismatch': 'Det stemmer ikke. Skriv det præcis, som det vises.',
  'account.error.nothingChanged': 'Intet er ændret.',
} satisfies AccountMessages;
