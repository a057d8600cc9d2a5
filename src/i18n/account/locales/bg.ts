/**
 * Bulgarian, in the sign-in catalogue's terms: polite "вие", and "профил" for the account
 * (src/i18n/locales/bg.ts), so the personal details are "лични данни". Sentences around a contact
 * label take it as masculine, as "имейл адрес" and "телефонен номер" both are.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Вашият профил',
  'account.heading.changePassword': 'Смяна на паролата',
  'account.heading.editProfile': 'Редактиране на личните данни',
  'account.heading.verifyContact': 'Въведете кода за потвърждение',
  'account.heading.signInMethods': 'Потвърждаване в две стъпки',
  'account.heading.setUpTotp': 'Настройване на приложение за удостоверяване',
  'account.heading.passkeys': 'Ключове за достъп',
  'account.heading.devices': 'Запомнени устройства',
  'account.heading.deleteAccount': 'Изтриване на профила',

  'account.signedOut': 'Влезте, за да управлявате профила си.',
  'account.loading': 'Зареждане…',
  'account.retry': 'Опитайте отново',
  'account.back': 'Обратно към профила',
  'account.save': 'Запазване',
  'account.saving': 'Запазване…',
  'account.notSet': 'Не е посочено',
  'account.verified': 'Потвърдено',
  'account.unverified': 'Непотвърдено',
  'account.verify': (field) => `Потвърждаване на ${field}`,
  'account.profile': 'Лични данни',
  'account.security': 'Сигурност',
  'account.open.editProfile': 'Редактиране на личните данни',
  'account.open.changePassword': 'Смяна на паролата',
  'account.open.signInMethods': 'Потвърждаване в две стъпки',
  'account.open.passkeys': 'Ключове за достъп',
  'account.open.devices': 'Запомнени устройства',
  'account.open.deleteAccount': 'Изтриване на профила',
  'account.signOutEverywhere': 'Изход от всички устройства',

  'account.field.currentPassword': 'Текуща парола',
  'account.changePassword.submit': 'Смяна на паролата',

  'account.verify.intro': (field) => `Новият ${field} ще се използва, след като бъде потвърден; дотогава старият продължава да работи.`,
  'account.verify.submit': 'Потвърждаване',
  'account.verify.later': 'Потвърждаване по-късно',

  'account.mfa.intro': 'След паролата се изисква код по един от тези начини.',
  'account.mfa.on': 'Включено',
  'account.mfa.off': 'Изключено',
  'account.mfa.preferred': 'Включено, изисква се първо',
  'account.mfa.turnOn': (method) => `Включване: ${method}`,
  'account.mfa.turnOff': (method) => `Изключване: ${method}`,
  'account.mfa.prefer': (method) => `Първо да се изисква: ${method}`,
  'account.mfa.setUpTotp': 'Настройване на приложение за удостоверяване',
  'account.mfa.needsVerified': (field) => `Изисква потвърден ${field} в личните ви данни.`,

  'account.passkeys.intro': 'С ключовете за достъп влизате с пръстов отпечатък, лице или заключването на екрана вместо с парола.',
  'account.passkeys.none': 'Все още нямате ключове за достъп.',
  'account.passkeys.add': 'Добавяне на ключ за достъп',
  'account.passkeys.adding': 'Следвайте инструкциите на браузъра…',
  'account.passkeys.created': (date) => `Добавен на ${date}`,
  'account.passkeys.delete': (name) => `Изтриване на ${name}`,

  'account.devices.intro': 'На запомнено устройство влизате без втората стъпка.',
  'account.devices.none': 'Няма запомнени устройства.',
  'account.devices.thisDevice': 'Това устройство',
  'account.devices.lastUsed': (date) => `Последно използвано на ${date}`,
  'account.devices.forget': (name) => `Забравяне на ${name}`,

  'account.delete.warning': 'Профилът ви и всичко в него ще бъдат изтрити. Това действие е необратимо.',
  'account.delete.confirmLabel': (name) => `За потвърждение въведете ${name}`,
  'account.delete.submit': 'Изтриване на моя профил',
  'account.delete.pending': 'Изтриване…',

  'account.notice.passwordChanged': 'Паролата ви е сменена.',
  'account.notice.profileSaved': 'Личните ви данни са запазени.',
  'account.notice.contactVerified': 'Потвърдено. Вече можете да го използвате.',
  'account.notice.codeResent': 'Изпратихме нов код.',
  'account.notice.mfaUpdated': 'Потвърждаването в две стъпки е актуализирано.',
  'account.notice.totpEnabled': 'Приложението ви за удостоверяване е настроено и ще се изисква при влизане.',
  'account.notice.passkeyAdded': 'Ключът ви за достъп е добавен.',
  'account.notice.passkeyDeleted': 'Ключът за достъп е изтрит.',
  'account.notice.deviceForgotten': 'Устройството е забравено. На него отново ще се изисква втората стъпка.',

  'account.error.wrongCurrentPassword': 'Текущата ви парола не е вярна.',
  'account.error.confirmationMismatch': 'Не съвпада. Въведете го точно както е показано.',
  'account.error.nothingChanged': 'Нищо не е променено.',
} satisfies AccountMessages;
