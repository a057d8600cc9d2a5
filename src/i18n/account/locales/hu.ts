/**
 * Hungarian, in the sign-in catalogue's terms: polite "Ön" forms without the pronoun, and nouns
 * for actions (src/i18n/locales/hu.ts). A lower-cased label or a name never opens a sentence; where
 * an object would need a case ending, it follows a colon.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Saját fiók',
  'account.heading.changePassword': 'Jelszó módosítása',
  'account.heading.editProfile': 'Profil szerkesztése',
  'account.heading.verifyContact': 'Adja meg az ellenőrző kódot',
  'account.heading.signInMethods': 'Kétlépcsős azonosítás',
  'account.heading.setUpTotp': 'Hitelesítő alkalmazás beállítása',
  'account.heading.passkeys': 'Azonosítókulcsok',
  'account.heading.devices': 'Megjegyzett eszközök',
  'account.heading.deleteAccount': 'Fiók törlése',

  'account.signedOut': 'Jelentkezzen be a fiókja kezeléséhez.',
  'account.loading': 'Betöltés…',
  'account.retry': 'Újrapróbálkozás',
  'account.back': 'Vissza a fiókjához',
  'account.save': 'Mentés',
  'account.saving': 'Mentés…',
  'account.notSet': 'Nincs megadva',
  'account.verified': 'Ellenőrizve',
  'account.unverified': 'Nincs ellenőrizve',
  'account.verify': (field) => `Ellenőrzés: ${field}`,
  'account.profile': 'Profil',
  'account.security': 'Biztonság',
  'account.open.editProfile': 'Profil szerkesztése',
  'account.open.changePassword': 'Jelszó módosítása',
  'account.open.signInMethods': 'Kétlépcsős azonosítás',
  'account.open.passkeys': 'Azonosítókulcsok',
  'account.open.devices': 'Megjegyzett eszközök',
  'account.open.deleteAccount': 'Fiók törlése',
  'account.signOutEverywhere': 'Kijelentkezés minden eszközön',

  'account.field.currentPassword': 'Jelenlegi jelszó',
  'account.changePassword.submit': 'Jelszó módosítása',

  'account.verify.intro': (field) => `Az új ${field} az ellenőrzés után lép életbe; addig a régi marad érvényben.`,
  'account.verify.submit': 'Ellenőrzés',
  'account.verify.later': 'Ellenőrzés később',

  'account.mfa.intro': 'A jelszó után ezek egyikével kérünk kódot.',
  'account.mfa.on': 'Be',
  'account.mfa.off': 'Ki',
  'account.mfa.preferred': 'Be, ezt kérjük elsőként',
  'account.mfa.turnOn': (method) => `${method} bekapcsolása`,
  'account.mfa.turnOff': (method) => `${method} kikapcsolása`,
  'account.mfa.prefer': (method) => `${method} kérése elsőként`,
  'account.mfa.setUpTotp': 'Hitelesítő alkalmazás beállítása',
  'account.mfa.needsVerified': (field) => `Ehhez ellenőrzött ${field} kell a profiljában.`,

  'account.passkeys.intro': 'Az azonosítókulcsokkal jelszó helyett ujjlenyomattal, arcfelismeréssel vagy a képernyőzárral jelentkezhet be.',
  'account.passkeys.none': 'Még nincs azonosítókulcsa.',
  'account.passkeys.add': 'Azonosítókulcs hozzáadása',
  'account.passkeys.adding': 'Kövesse a böngésző utasításait…',
  'account.passkeys.created': (date) => `Hozzáadva: ${date}`,
  'account.passkeys.delete': (name) => `Törlés: ${name}`,

  'account.devices.intro': 'Megjegyzett eszközön a második lépés nélkül jelentkezhet be.',
  'account.devices.none': 'Nincs megjegyzett eszköz.',
  'account.devices.thisDevice': 'Ez az eszköz',
  'account.devices.lastUsed': (date) => `Utoljára használva: ${date}`,
  'account.devices.forget': (name) => `Elfelejtés: ${name}`,

  'account.delete.warning': 'A fiókja és minden tartalma törlődik. Ez nem vonható vissza.',
  'account.delete.confirmLabel': (name) => `A megerősítéshez írja be: ${name}`,
  'account.delete.submit': 'Fiókom törlése',
  'account.delete.pending': 'Törlés…',

  'account.notice.passwordChanged': 'A jelszava megváltozott.',
  'account.notice.profileSaved': 'A profilja mentve.',
  'account.notice.contactVerified': 'Ellenőrizve. Mostantól használható.',
  'account.notice.codeResent': 'Új kódot küldtünk.',
  'account.notice.mfaUpdated': 'A kétlépcsős azonosítás frissült.',
  'account.notice.totpEnabled': 'A hitelesítő alkalmazás be van állítva, és bejelentkezéskor kérni fogjuk.',
  'account.notice.passkeyAdded': 'Az azonosítókulcs hozzáadva.',
  'account.notice.passkeyDeleted': 'Az azonosítókulcs törölve.',
  'account.notice.deviceForgotten': 'Az eszközt elfelejtettük. Ott ismét kérni fogjuk a második lépést.',

  'account.error.wrongCurrentPassword': 'A jelenlegi jelszó nem megfelelő.',
  'account.error.confirmationMismatch': 'Ez nem egyezik. Pontosan úgy írja be, ahogy látható.',
  'account.error.nothingChanged': 'Semmi sem változott.',
} satisfies AccountMessages;
