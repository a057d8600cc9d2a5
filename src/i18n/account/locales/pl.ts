/**
 * Polish, in the sign-in catalogue's terms: "ty", and impersonal forms where a past tense would
 * assume a gender (src/i18n/locales/pl.ts). A contact label or method name follows a colon or
 * stands in brackets, in the nominative the page passes.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Twoje konto',
  'account.heading.changePassword': 'Zmień hasło',
  'account.heading.editProfile': 'Edytuj profil',
  'account.heading.verifyContact': 'Wpisz kod weryfikacyjny',
  'account.heading.signInMethods': 'Weryfikacja dwuetapowa',
  'account.heading.setUpTotp': 'Skonfiguruj aplikację uwierzytelniającą',
  'account.heading.passkeys': 'Klucze dostępu',
  'account.heading.devices': 'Zapamiętane urządzenia',
  'account.heading.deleteAccount': 'Usuń konto',

  'account.signedOut': 'Zaloguj się, aby zarządzać kontem.',
  'account.loading': 'Wczytywanie…',
  'account.retry': 'Spróbuj ponownie',
  'account.back': 'Wróć do konta',
  'account.save': 'Zapisz',
  'account.saving': 'Zapisywanie…',
  'account.notSet': 'Nie ustawiono',
  'account.verified': 'Zweryfikowano',
  'account.unverified': 'Nie zweryfikowano',
  'account.verify': (field) => `Zweryfikuj: ${field}`,
  'account.profile': 'Profil',
  'account.security': 'Bezpieczeństwo',
  'account.open.editProfile': 'Edytuj profil',
  'account.open.changePassword': 'Zmień hasło',
  'account.open.signInMethods': 'Weryfikacja dwuetapowa',
  'account.open.passkeys': 'Klucze dostępu',
  'account.open.devices': 'Zapamiętane urządzenia',
  'account.open.deleteAccount': 'Usuń konto',
  'account.signOutEverywhere': 'Wyloguj ze wszystkich urządzeń',

  'account.field.currentPassword': 'Obecne hasło',
  'account.changePassword.submit': 'Zmień hasło',

  'account.verify.intro': (field) => `Nowa wartość (${field}) zacznie obowiązywać po weryfikacji; do tego czasu działa poprzednia.`,
  'account.verify.submit': 'Zweryfikuj',
  'account.verify.later': 'Zweryfikuj później',

  'account.mfa.intro': 'Po wpisaniu hasła pojawi się prośba o kod z jednej z tych metod.',
  'account.mfa.on': 'Włączone',
  'account.mfa.off': 'Wyłączone',
  'account.mfa.preferred': 'Włączone, używane najpierw',
  'account.mfa.turnOn': (method) => `Włącz: ${method}`,
  'account.mfa.turnOff': (method) => `Wyłącz: ${method}`,
  'account.mfa.prefer': (method) => `Używaj najpierw: ${method}`,
  'account.mfa.setUpTotp': 'Skonfiguruj aplikację uwierzytelniającą',
  'account.mfa.needsVerified': (field) => `Wymaga zweryfikowanej wartości w profilu: ${field}.`,

  'account.passkeys.intro': 'Klucze dostępu pozwalają logować się odciskiem palca, skanem twarzy lub blokadą ekranu zamiast hasłem.',
  'account.passkeys.none': 'Nie masz jeszcze kluczy dostępu.',
  'account.passkeys.add': 'Dodaj klucz dostępu',
  'account.passkeys.adding': 'Postępuj zgodnie z instrukcjami przeglądarki…',
  'account.passkeys.created': (date) => `Dodano ${date}`,
  'account.passkeys.delete': (name) => `Usuń ${name}`,

  'account.devices.intro': 'Na zapamiętanym urządzeniu logujesz się bez drugiego kroku.',
  'account.devices.none': 'Brak zapamiętanych urządzeń.',
  'account.devices.thisDevice': 'To urządzenie',
  'account.devices.lastUsed': (date) => `Ostatnio używane ${date}`,
  'account.devices.forget': (name) => `Zapomnij ${name}`,

  'account.delete.warning': 'Twoje konto i wszystko, co zawiera, zostanie usunięte. Tej operacji nie można cofnąć.',
  'account.delete.confirmLabel': (name) => `Aby potwierdzić, wpisz ${name}`,
  'account.delete.submit': 'Usuń moje konto',
  'account.delete.pending': 'Usuwanie…',

  'account.notice.passwordChanged': 'Hasło zostało zmienione.',
  'account.notice.profileSaved': 'Profil został zapisany.',
  'account.notice.contactVerified': 'Zweryfikowano. Od teraz używana jest nowa wartość.',
  'account.notice.codeResent': 'Wysłaliśmy nowy kod.',
  'account.notice.mfaUpdated': 'Weryfikacja dwuetapowa została zaktualizowana.',
  'account.notice.totpEnabled': 'Aplikacja uwierzytelniająca jest skonfigurowana i będzie wymagana przy logowaniu.',
  'account.notice.passkeyAdded': 'Klucz dostępu został dodany.',
  'account.notice.passkeyDeleted': 'Klucz dostępu został usunięty.',
  'account.notice.deviceForgotten': 'Urządzenie zostało zapomniane. Znów będzie na nim wymagany drugi krok.',

  'account.error.wrongCurrentPassword': 'Obecne hasło jest nieprawidłowe.',
  'account.error.confirmationMismatch': 'To się nie zgadza. Wpisz dokładnie tak, jak pokazano.',
  'account.error.nothingChanged': 'Nic nie zmieniono.',
} satisfies AccountMessages;
