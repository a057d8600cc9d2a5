/**
 * Ukrainian, in the sign-in catalogue's terms: "Ви", and impersonal forms where a past tense would
 * assume a gender (src/i18n/locales/uk.ts). A contact label or method name follows a colon or
 * stands in brackets, in the nominative the page passes.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Ваш обліковий запис',
  'account.heading.changePassword': 'Зміна пароля',
  'account.heading.editProfile': 'Редагування профілю',
  'account.heading.verifyContact': 'Введіть код підтвердження',
  'account.heading.signInMethods': 'Двоетапна перевірка',
  'account.heading.setUpTotp': 'Налаштування застосунку автентифікації',
  'account.heading.passkeys': 'Ключі доступу',
  'account.heading.devices': 'Запам’ятовані пристрої',
  'account.heading.deleteAccount': 'Видалення облікового запису',

  'account.signedOut': 'Увійдіть, щоб керувати обліковим записом.',
  'account.loading': 'Завантаження…',
  'account.retry': 'Повторити спробу',
  'account.back': 'Повернутися до облікового запису',
  'account.save': 'Зберегти',
  'account.saving': 'Зберігаємо…',
  'account.notSet': 'Не вказано',
  'account.verified': 'Підтверджено',
  'account.unverified': 'Не підтверджено',
  'account.verify': (field) => `Підтвердити: ${field}`,
  'account.profile': 'Профіль',
  'account.security': 'Безпека',
  'account.open.editProfile': 'Редагувати профіль',
  'account.open.changePassword': 'Змінити пароль',
  'account.open.signInMethods': 'Двоетапна перевірка',
  'account.open.passkeys': 'Ключі доступу',
  'account.open.devices': 'Запам’ятовані пристрої',
  'account.open.deleteAccount': 'Видалити обліковий запис',
  'account.signOutEverywhere': 'Вийти на всіх пристроях',

  'account.field.currentPassword': 'Поточний пароль',
  'account.changePassword.submit': 'Змінити пароль',

  'account.verify.intro': (field) => `Нове значення (${field}) почне діяти після підтвердження; доти працює попереднє.`,
  'account.verify.submit': 'Підтвердити',
  'account.verify.later': 'Підтвердити пізніше',

  'account.mfa.intro': 'Після пароля запитується код одним із цих способів.',
  'account.mfa.on': 'Увімкнено',
  'account.mfa.off': 'Вимкнено',
  'account.mfa.preferred': 'Увімкнено, запитується першим',
  'account.mfa.turnOn': (method) => `Увімкнути: ${method}`,
  'account.mfa.turnOff': (method) => `Вимкнути: ${method}`,
  'account.mfa.prefer': (method) => `Запитувати першим: ${method}`,
  'account.mfa.setUpTotp': 'Налаштувати застосунок автентифікації',
  'account.mfa.needsVerified': (field) => `Потрібне підтверджене значення в профілі: ${field}.`,

  'account.passkeys.intro': 'З ключами доступу ви входите за відбитком пальця, обличчям або за допомогою блокування екрана замість пароля.',
  'account.passkeys.none': 'У вас ще немає ключів доступу.',
  'account.passkeys.add': 'Додати ключ доступу',
  'account.passkeys.adding': 'Виконуйте вказівки браузера…',
  'account.passkeys.created': (date) => `Додано ${date}`,
  'account.passkeys.delete': (name) => `Видалити ${name}`,

  'account.devices.intro': 'На запам’ятованому пристрої вхід виконується без другого етапу.',
  'account.devices.none': 'Запам’ятованих пристроїв немає.',
  'account.devices.thisDevice': 'Цей пристрій',
  'account.devices.lastUsed': (date) => `Востаннє використано: ${date}`,
  'account.devices.forget': (name) => `Забути ${name}`,

  'account.delete.warning': 'Ваш обліковий запис і все, що в ньому є, буде видалено. Цю дію не можна скасувати.',
  'account.delete.confirmLabel': (name) => `Для підтвердження введіть ${name}`,
  'account.delete.submit': 'Видалити мій обліковий запис',
  'account.delete.pending': 'Видаляємо…',

  'account.notice.passwordChanged': 'Пароль змінено.',
  'account.notice.profileSaved': 'Профіль збережено.',
  'account.notice.contactVerified': 'Підтверджено. Відтепер використовується нове значення.',
  'account.notice.codeResent': 'Ми надіслали новий код.',
  'account.notice.mfaUpdated': 'Налаштування двоетапної перевірки оновлено.',
  'account.notice.totpEnabled': 'Застосунок автентифікації налаштовано, і він запитуватиметься під час входу.',
  'account.notice.passkeyAdded': 'Ключ доступу додано.',
  'account.notice.passkeyDeleted': 'Ключ доступу видалено.',
  'account.notice.deviceForgotten': 'Пристрій забуто. На ньому знову запитуватиметься другий етап.',

  'account.error.wrongCurrentPassword': 'Поточний пароль неправильний.',
  'account.error.confirmationMismatch': 'Не збігається. Введіть точно так, як показано.',
  'account.error.nothingChanged': 'Нічого не змінилося.',
} satisfies AccountMessages;
