/**
 * Russian, in the sign-in catalogue's terms: "Вы", and impersonal forms where a past tense would
 * assume a gender (src/i18n/locales/ru.ts). A contact label or method name follows a colon or
 * stands in brackets, in the nominative the page passes.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Ваш аккаунт',
  'account.heading.changePassword': 'Смена пароля',
  'account.heading.editProfile': 'Редактирование профиля',
  'account.heading.verifyContact': 'Введите код подтверждения',
  'account.heading.signInMethods': 'Двухэтапная проверка',
  'account.heading.setUpTotp': 'Настройка приложения-аутентификатора',
  'account.heading.passkeys': 'Ключи доступа',
  'account.heading.devices': 'Запомненные устройства',
  'account.heading.deleteAccount': 'Удаление аккаунта',

  'account.signedOut': 'Войдите, чтобы управлять аккаунтом.',
  'account.loading': 'Загрузка…',
  'account.retry': 'Повторить попытку',
  'account.back': 'Вернуться к аккаунту',
  'account.save': 'Сохранить',
  'account.saving': 'Сохраняем…',
  'account.notSet': 'Не указано',
  'account.verified': 'Подтверждено',
  'account.unverified': 'Не подтверждено',
  'account.verify': (field) => `Подтвердить: ${field}`,
  'account.profile': 'Профиль',
  'account.security': 'Безопасность',
  'account.open.editProfile': 'Редактировать профиль',
  'account.open.changePassword': 'Сменить пароль',
  'account.open.signInMethods': 'Двухэтапная проверка',
  'account.open.passkeys': 'Ключи доступа',
  'account.open.devices': 'Запомненные устройства',
  'account.open.deleteAccount': 'Удалить аккаунт',
  'account.signOutEverywhere': 'Выйти на всех устройствах',

  'account.field.currentPassword': 'Текущий пароль',
  'account.changePassword.submit': 'Сменить пароль',

  'account.verify.intro': (field) => `Новое значение (${field}) начнёт действовать после подтверждения; до тех пор работает прежнее.`,
  'account.verify.submit': 'Подтвердить',
  'account.verify.later': 'Подтвердить позже',

  'account.mfa.intro': 'После пароля запрашивается код одним из этих способов.',
  'account.mfa.on': 'Включено',
  'account.mfa.off': 'Выключено',
  'account.mfa.preferred': 'Включено, запрашивается первым',
  'account.mfa.turnOn': (method) => `Включить: ${method}`,
  'account.mfa.turnOff': (method) => `Выключить: ${method}`,
  'account.mfa.prefer': (method) => `Запрашивать первым: ${method}`,
  'account.mfa.setUpTotp': 'Настроить приложение-аутентификатор',
  'account.mfa.needsVerified': (field) => `Нужно подтверждённое значение в профиле: ${field}.`,

  'account.passkeys.intro': 'С ключами доступа вы входите по отпечатку пальца, лицу или с помощью блокировки экрана вместо пароля.',
  'account.passkeys.none': 'У вас пока нет ключей доступа.',
  'account.passkeys.add': 'Добавить ключ доступа',
  'account.passkeys.adding': 'Следуйте инструкциям браузера…',
  'account.passkeys.created': (date) => `Добавлен ${date}`,
  'account.passkeys.delete': (name) => `Удалить ${name}`,

  'account.devices.intro': 'На запомненном устройстве вход выполняется без второго этапа.',
  'account.devices.none': 'Запомненных устройств нет.',
  'account.devices.thisDevice': 'Это устройство',
  'account.devices.lastUsed': (date) => `Последнее использование: ${date}`,
  'account.devices.forget': (name) => `Забыть ${name}`,

  'account.delete.warning': 'Ваш аккаунт и всё его содержимое будут удалены. Это действие нельзя отменить.',
  'account.delete.confirmLabel': (name) => `Для подтверждения введите ${name}`,
  'account.delete.submit': 'Удалить мой аккаунт',
  'account.delete.pending': 'Удаляем…',

  'account.notice.passwordChanged': 'Пароль изменён.',
  'account.notice.profileSaved': 'Профиль сохранён.',
  'account.notice.contactVerified': 'Подтверждено. Теперь используется новое значение.',
  'account.notice.codeResent': 'Мы отправили новый код.',
  'account.notice.mfaUpdated': 'Настройки двухэтапной проверки обновлены.',
  'account.notice.totpEnabled': 'Приложение-аутентификатор настроено и будет запрашиваться при входе.',
  'account.notice.passkeyAdded': 'Ключ доступа добавлен.',
  'account.notice.passkeyDeleted': 'Ключ доступа удалён.',
  'account.notice.deviceForgotten': 'Устройство забыто. На нём снова будет запрашиваться второй этап.',

  'account.error.wrongCurrentPassword': 'Текущий пароль указан неверно.',
  'account.error.confirmationMismatch': 'Не совпадает. Введите точно так, как показано.',
  'account.error.nothingChanged': 'Ничего не изменилось.',
} satisfies AccountMessages;
