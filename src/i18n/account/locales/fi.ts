/**
 * Finnish, in the sign-in catalogue's terms and "sinä" (src/i18n/locales/fi.ts). A contact label
 * stands as a total object or subject, both in the nominative the page passes; a method name
 * follows a colon.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Tilisi',
  'account.heading.changePassword': 'Vaihda salasanasi',
  'account.heading.editProfile': 'Muokkaa profiiliasi',
  'account.heading.verifyContact': 'Anna vahvistuskoodi',
  'account.heading.signInMethods': 'Kaksivaiheinen vahvistus',
  'account.heading.setUpTotp': 'Määritä todennussovellus',
  'account.heading.passkeys': 'Pääsyavaimet',
  'account.heading.devices': 'Muistetut laitteet',
  'account.heading.deleteAccount': 'Poista tilisi',

  'account.signedOut': 'Kirjaudu sisään hallitaksesi tiliäsi.',
  'account.loading': 'Ladataan…',
  'account.retry': 'Yritä uudelleen',
  'account.back': 'Takaisin tiliisi',
  'account.save': 'Tallenna',
  'account.saving': 'Tallennetaan…',
  'account.notSet': 'Ei asetettu',
  'account.verified': 'Vahvistettu',
  'account.unverified': 'Ei vahvistettu',
  'account.verify': (field) => `Vahvista ${field}`,
  'account.profile': 'Profiili',
  'account.security': 'Tietoturva',
  'account.open.editProfile': 'Muokkaa profiilia',
  'account.open.changePassword': 'Vaihda salasana',
  'account.open.signInMethods': 'Kaksivaiheinen vahvistus',
  'account.open.passkeys': 'Pääsyavaimet',
  'account.open.devices': 'Muistetut laitteet',
  'account.open.deleteAccount': 'Poista tili',
  'account.signOutEverywhere': 'Kirjaudu ulos kaikilta laitteilta',

  'account.field.currentPassword': 'Nykyinen salasana',
  'account.changePassword.submit': 'Vaihda salasana',

  'account.verify.intro': (field) => `Uusi ${field} otetaan käyttöön, kun se on vahvistettu; siihen asti vanha toimii edelleen.`,
  'account.verify.submit': 'Vahvista',
  'account.verify.later': 'Vahvista myöhemmin',

  'account.mfa.intro': 'Salasanan jälkeen sinulta pyydetään koodi jollakin näistä tavoista.',
  'account.mfa.on': 'Käytössä',
  'account.mfa.off': 'Ei käytössä',
  'account.mfa.preferred': 'Käytössä, pyydetään ensin',
  'account.mfa.turnOn': (method) => `Ota käyttöön: ${method}`,
  'account.mfa.turnOff': (method) => `Poista käytöstä: ${method}`,
  'account.mfa.prefer': (method) => `Pyydä ensin: ${method}`,
  'account.mfa.setUpTotp': 'Määritä todennussovellus',
  'account.mfa.needsVerified': (field) => `Edellyttää, että profiilissasi on vahvistettu ${field}.`,

  'account.passkeys.intro': 'Pääsyavaimilla voit kirjautua sisään sormenjäljellä, kasvoilla tai näytön lukituksella salasanan sijaan.',
  'account.passkeys.none': 'Sinulla ei ole vielä pääsyavaimia.',
  'account.passkeys.add': 'Lisää pääsyavain',
  'account.passkeys.adding': 'Noudata selaimen ohjeita…',
  'account.passkeys.created': (date) => `Lisätty ${date}`,
  'account.passkeys.delete': (name) => `Poista ${name}`,

  'account.devices.intro': 'Muistetulla laitteella kirjaudut sisään ilman toista vaihetta.',
  'account.devices.none': 'Muistettuja laitteita ei ole.',
  'account.devices.thisDevice': 'Tämä laite',
  'account.devices.lastUsed': (date) => `Käytetty viimeksi ${date}`,
  'account.devices.forget': (name) => `Unohda ${name}`,

  'account.delete.warning': 'Tilisi ja kaikki sen sisältö poistetaan. Tätä ei voi perua.',
  'account.delete.confirmLabel': (name) => `Vahvista kirjoittamalla ${name}`,
  'account.delete.submit': 'Poista tilini',
  'account.delete.pending': 'Poistetaan…',

  'account.notice.passwordChanged': 'Salasanasi on vaihdettu.',
  'account.notice.profileSaved': 'Profiilisi on tallennettu.',
  'account.notice.contactVerified': 'Vahvistettu. Voit käyttää sitä tästä lähtien.',
  'account.notice.codeResent': 'Lähetimme uuden koodin.',
  'account.notice.mfaUpdated': 'Kaksivaiheinen vahvistus on päivitetty.',
  'account.notice.totpEnabled': 'Todennussovelluksesi on määritetty, ja sitä pyydetään kirjautuessa.',
  'account.notice.passkeyAdded': 'Pääsyavaimesi on lisätty.',
  'account.notice.passkeyDeleted': 'Pääsyavain on poistettu.',
  'account.notice.deviceForgotten': 'Laite on unohdettu. Sillä pyydetään taas toista vaihetta.',

  'account.error.wrongCurrentPassword': 'Nykyinen salasanasi ei ole oikein.',
  'account.error.confirmationMismatch': 'Se ei täsmää. Kirjoita se täsmälleen niin kuin se näytetään.',
  'account.error.nothingChanged': 'Mitään ei muutettu.',
} satisfies AccountMessages;
