/**
 * German, in the sign-in catalogue's terms and formal "Sie" (src/i18n/locales/de.ts). Sentences
 * around a contact label take it as feminine, as "E-Mail-Adresse" and "Telefonnummer" both are.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Ihr Konto',
  'account.heading.changePassword': 'Passwort ändern',
  'account.heading.editProfile': 'Profil bearbeiten',
  'account.heading.verifyContact': 'Bestätigungscode eingeben',
  'account.heading.signInMethods': 'Bestätigung in zwei Schritten',
  'account.heading.setUpTotp': 'Authenticator-App einrichten',
  'account.heading.passkeys': 'Passkeys',
  'account.heading.devices': 'Gespeicherte Geräte',
  'account.heading.deleteAccount': 'Konto löschen',

  'account.signedOut': 'Melden Sie sich an, um Ihr Konto zu verwalten.',
  'account.loading': 'Wird geladen …',
  'account.retry': 'Erneut versuchen',
  'account.back': 'Zurück zu Ihrem Konto',
  'account.save': 'Speichern',
  'account.saving': 'Wird gespeichert …',
  'account.notSet': 'Nicht angegeben',
  'account.verified': 'Bestätigt',
  'account.unverified': 'Nicht bestätigt',
  'account.verify': (field) => `Ihre ${field} bestätigen`,
  'account.profile': 'Profil',
  'account.security': 'Sicherheit',
  'account.open.editProfile': 'Profil bearbeiten',
  'account.open.changePassword': 'Passwort ändern',
  'account.open.signInMethods': 'Bestätigung in zwei Schritten',
  'account.open.passkeys': 'Passkeys',
  'account.open.devices': 'Gespeicherte Geräte',
  'account.open.deleteAccount': 'Konto löschen',
  'account.signOutEverywhere': 'Auf allen Geräten abmelden',

  'account.field.currentPassword': 'Aktuelles Passwort',
  'account.changePassword.submit': 'Passwort ändern',

  'account.verify.intro': (field) => `Ihre neue ${field} gilt, sobald sie bestätigt ist; bis dahin funktioniert die bisherige weiter.`,
  'account.verify.submit': 'Bestätigen',
  'account.verify.later': 'Später bestätigen',

  'account.mfa.intro': 'Nach Ihrem Passwort wird ein Code über eine dieser Methoden abgefragt.',
  'account.mfa.on': 'An',
  'account.mfa.off': 'Aus',
  'account.mfa.preferred': 'An, wird zuerst abgefragt',
  'account.mfa.turnOn': (method) => `${method} aktivieren`,
  'account.mfa.turnOff': (method) => `${method} deaktivieren`,
  'account.mfa.prefer': (method) => `${method} zuerst abfragen`,
  'account.mfa.setUpTotp': 'Authenticator-App einrichten',
  'account.mfa.needsVerified': (field) => `Dafür ist eine bestätigte ${field} in Ihrem Profil nötig.`,

  'account.passkeys.intro': 'Mit Passkeys melden Sie sich statt mit einem Passwort per Fingerabdruck, Gesichtserkennung oder Displaysperre an.',
  'account.passkeys.none': 'Sie haben noch keine Passkeys.',
  'account.passkeys.add': 'Passkey hinzufügen',
  'account.passkeys.adding': 'Folgen Sie den Anweisungen Ihres Browsers …',
  'account.passkeys.created': (date) => `Hinzugefügt am ${date}`,
  'account.passkeys.delete': (name) => `${name} löschen`,

  'account.devices.intro': 'Auf einem gespeicherten Gerät melden Sie sich ohne den zweiten Schritt an.',
  'account.devices.none': 'Es sind keine Geräte gespeichert.',
  'account.devices.thisDevice': 'Dieses Gerät',
  'account.devices.lastUsed': (date) => `Zuletzt verwendet am ${date}`,
  'account.devices.forget': (name) => `${name} entfernen`,

  'account.delete.warning': 'Ihr Konto und alles darin wird gelöscht. Das kann nicht rückgängig gemacht werden.',
  'account.delete.confirmLabel': (name) => `Geben Sie zur Bestätigung ${name} ein`,
  'account.delete.submit': 'Mein Konto löschen',
  'account.delete.pending': 'Wird gelöscht …',

  'account.notice.passwordChanged': 'Ihr Passwort wurde geändert.',
  'account.notice.profileSaved': 'Ihr Profil wurde gespeichert.',
  'account.notice.contactVerified': 'Bestätigt. Ab jetzt wird die neue Angabe verwendet.',
  'account.notice.codeResent': 'Wir haben einen neuen Code gesendet.',
  'account.notice.mfaUpdated': 'Die Bestätigung in zwei Schritten wurde aktualisiert.',
  'account.notice.totpEnabled': 'Ihre Authenticator-App ist eingerichtet und wird bei der Anmeldung abgefragt.',
  'account.notice.passkeyAdded': 'Ihr Passkey wurde hinzugefügt.',
  'account.notice.passkeyDeleted': 'Der Passkey wurde gelöscht.',
  'account.notice.deviceForgotten': 'Das Gerät wurde entfernt. Dort wird wieder nach dem zweiten Schritt gefragt.',

  'account.error.wrongCurrentPassword': 'Ihr aktuelles Passwort ist nicht richtig.',
  'account.error.confirmationMismatch': 'Das stimmt nicht überein. Geben Sie es genau so ein, wie es angezeigt wird.',
  'account.error.nothingChanged': 'Es wurde nichts geändert.',
} satisfies AccountMessages;
