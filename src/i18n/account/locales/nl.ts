/**
 * Dutch, in the sign-in catalogue's terms and "je" (src/i18n/locales/nl.ts). Sentences around a
 * contact label take it as a het-word, as "e-mailadres" and "telefoonnummer" both are.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Je account',
  'account.heading.changePassword': 'Je wachtwoord wijzigen',
  'account.heading.editProfile': 'Je profiel bewerken',
  'account.heading.verifyContact': 'Vul de verificatiecode in',
  'account.heading.signInMethods': 'Verificatie in twee stappen',
  'account.heading.setUpTotp': 'Een authenticator-app instellen',
  'account.heading.passkeys': 'Toegangssleutels',
  'account.heading.devices': 'Onthouden apparaten',
  'account.heading.deleteAccount': 'Je account verwijderen',

  'account.signedOut': 'Log in om je account te beheren.',
  'account.loading': 'Bezig met laden…',
  'account.retry': 'Opnieuw proberen',
  'account.back': 'Terug naar je account',
  'account.save': 'Opslaan',
  'account.saving': 'Bezig met opslaan…',
  'account.notSet': 'Niet ingevuld',
  'account.verified': 'Geverifieerd',
  'account.unverified': 'Niet geverifieerd',
  'account.verify': (field) => `Je ${field} verifiëren`,
  'account.profile': 'Profiel',
  'account.security': 'Beveiliging',
  'account.open.editProfile': 'Profiel bewerken',
  'account.open.changePassword': 'Wachtwoord wijzigen',
  'account.open.signInMethods': 'Verificatie in twee stappen',
  'account.open.passkeys': 'Toegangssleutels',
  'account.open.devices': 'Onthouden apparaten',
  'account.open.deleteAccount': 'Account verwijderen',
  'account.signOutEverywhere': 'Uitloggen op alle apparaten',

  'account.field.currentPassword': 'Huidig wachtwoord',
  'account.changePassword.submit': 'Wachtwoord wijzigen',

  'account.verify.intro': (field) => `Je nieuwe ${field} wordt gebruikt zodra het is geverifieerd; tot die tijd blijft het oude werken.`,
  'account.verify.submit': 'Verifiëren',
  'account.verify.later': 'Later verifiëren',

  'account.mfa.intro': 'Na je wachtwoord wordt om een code via een van deze methoden gevraagd.',
  'account.mfa.on': 'Aan',
  'account.mfa.off': 'Uit',
  'account.mfa.preferred': 'Aan, wordt als eerste gevraagd',
  'account.mfa.turnOn': (method) => `${method} inschakelen`,
  'account.mfa.turnOff': (method) => `${method} uitschakelen`,
  'account.mfa.prefer': (method) => `${method} als eerste vragen`,
  'account.mfa.setUpTotp': 'Authenticator-app instellen',
  'account.mfa.needsVerified': (field) => `Hiervoor is een geverifieerd ${field} in je profiel nodig.`,

  'account.passkeys.intro': 'Met toegangssleutels log je in met je vingerafdruk, gezicht of schermvergrendeling in plaats van een wachtwoord.',
  'account.passkeys.none': 'Je hebt nog geen toegangssleutels.',
  'account.passkeys.add': 'Toegangssleutel toevoegen',
  'account.passkeys.adding': 'Volg de instructies van je browser…',
  'account.passkeys.created': (date) => `Toegevoegd op ${date}`,
  'account.passkeys.delete': (name) => `${name} verwijderen`,

  'account.devices.intro': 'Op een onthouden apparaat log je in zonder de tweede stap.',
  'account.devices.none': 'Er worden geen apparaten onthouden.',
  'account.devices.thisDevice': 'Dit apparaat',
  'account.devices.lastUsed': (date) => `Laatst gebruikt op ${date}`,
  'account.devices.forget': (name) => `${name} vergeten`,

  'account.delete.warning': 'Je account en alles wat erin staat, worden verwijderd. Dit kan niet ongedaan worden gemaakt.',
  'account.delete.confirmLabel': (name) => `Typ ${name} om te bevestigen`,
  'account.delete.submit': 'Mijn account verwijderen',
  'account.delete.pending': 'Bezig met verwijderen…',

  'account.notice.passwordChanged': 'Je wachtwoord is gewijzigd.',
  'account.notice.profileSaved': 'Je profiel is opgeslagen.',
  'account.notice.contactVerified': 'Geverifieerd. Je kunt het vanaf nu gebruiken.',
  'account.notice.codeResent': 'We hebben een nieuwe code gestuurd.',
  'account.notice.mfaUpdated': 'Verificatie in twee stappen is bijgewerkt.',
  'account.notice.totpEnabled': 'Je authenticator-app is ingesteld en wordt bij het inloggen gevraagd.',
  'account.notice.passkeyAdded': 'Je toegangssleutel is toegevoegd.',
  'account.notice.passkeyDeleted': 'De toegangssleutel is verwijderd.',
  'account.notice.deviceForgotten': 'Het apparaat wordt niet meer onthouden. Daar wordt weer om de tweede stap gevraagd.',

  'account.error.wrongCurrentPassword': 'Je huidige wachtwoord klopt niet.',
  'account.error.confirmationMismatch': 'Dat komt niet overeen. Typ het precies zoals het wordt weergegeven.',
  'account.error.nothingChanged': 'Er is niets gewijzigd.',
} satisfies AccountMessages;
