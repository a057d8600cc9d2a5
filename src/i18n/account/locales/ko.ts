/**
 * Korean, in the sign-in catalogue's terms and polite 해요체/하십시오체 (src/i18n/locales/ko.ts).
 * Labels, methods and names are joined by nouns ("정보", "인증", "사용") or a colon, never by a
 * particle that would depend on their last letter.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': '내 계정',
  'account.heading.changePassword': '비밀번호 변경',
  'account.heading.editProfile': '프로필 수정',
  'account.heading.verifyContact': '인증 코드 입력',
  'account.heading.signInMethods': '2단계 인증',
  'account.heading.setUpTotp': '인증 앱 설정',
  'account.heading.passkeys': '패스키',
  'account.heading.devices': '기억된 기기',
  'account.heading.deleteAccount': '계정 삭제',

  'account.signedOut': '계정을 관리하려면 로그인하세요.',
  'account.loading': '불러오는 중…',
  'account.retry': '다시 시도',
  'account.back': '내 계정으로 돌아가기',
  'account.save': '저장',
  'account.saving': '저장하는 중…',
  'account.notSet': '설정 안 됨',
  'account.verified': '인증됨',
  'account.unverified': '인증 안 됨',
  'account.verify': (field) => `${field} 인증`,
  'account.profile': '프로필',
  'account.security': '보안',
  'account.open.editProfile': '프로필 수정',
  'account.open.changePassword': '비밀번호 변경',
  'account.open.signInMethods': '2단계 인증',
  'account.open.passkeys': '패스키',
  'account.open.devices': '기억된 기기',
  'account.open.deleteAccount': '계정 삭제',
  'account.signOutEverywhere': '모든 기기에서 로그아웃',

  'account.field.currentPassword': '현재 비밀번호',
  'account.changePassword.submit': '비밀번호 변경',

  'account.verify.intro': (field) => `새 ${field} 정보는 인증을 마친 후에 사용됩니다. 그전까지는 이전 정보가 계속 사용됩니다.`,
  'account.verify.submit': '인증',
  'account.verify.later': '나중에 인증',

  'account.mfa.intro': '비밀번호를 입력한 후 다음 방법 중 하나로 코드를 요청합니다.',
  'account.mfa.on': '사용',
  'account.mfa.off': '사용 안 함',
  'account.mfa.preferred': '사용, 가장 먼저 요청',
  'account.mfa.turnOn': (method) => `${method} 사용`,
  'account.mfa.turnOff': (method) => `${method} 사용 중지`,
  'account.mfa.prefer': (method) => `${method} 먼저 요청`,
  'account.mfa.setUpTotp': '인증 앱 설정',
  'account.mfa.needsVerified': (field) => `프로필에 인증된 ${field} 정보가 필요합니다.`,

  'account.passkeys.intro': '패스키를 사용하면 비밀번호 대신 지문, 얼굴 또는 화면 잠금으로 로그인할 수 있습니다.',
  'account.passkeys.none': '아직 패스키가 없습니다.',
  'account.passkeys.add': '패스키 추가',
  'account.passkeys.adding': '브라우저의 안내를 따르세요…',
  'account.passkeys.created': (date) => `추가한 날짜: ${date}`,
  'account.passkeys.delete': (name) => `${name} 삭제`,

  'account.devices.intro': '기억된 기기에서는 두 번째 단계 없이 로그인합니다.',
  'account.devices.none': '기억된 기기가 없습니다.',
  'account.devices.thisDevice': '이 기기',
  'account.devices.lastUsed': (date) => `마지막 사용: ${date}`,
  'account.devices.forget': (name) => `${name} 기억 해제`,

  'account.delete.warning': '계정과 계정의 모든 정보가 삭제됩니다. 이 작업은 되돌릴 수 없습니다.',
  'account.delete.confirmLabel': (name) => `확인하려면 다음을 입력하세요: ${name}`,
  'account.delete.submit': '내 계정 삭제',
  'account.delete.pending': '삭제하는 중…',

  'account.notice.passwordChanged': '비밀번호가 변경되었습니다.',
  'account.notice.profileSaved': '프로필이 저장되었습니다.',
  'account.notice.contactVerified': '인증되었습니다. 이제부터 사용할 수 있습니다.',
  'account.notice.codeResent': '새 코드를 보냈습니다.',
  'account.notice.mfaUpdated': '2단계 인증이 업데이트되었습니다.',
  'account.notice.totpEnabled': '인증 앱이 설정되었으며 로그인할 때 요청됩니다.',
  'account.notice.passkeyAdded': '패스키가 추가되었습니다.',
  'account.notice.passkeyDeleted': '패스키가 삭제되었습니다.',
  'account.notice.deviceForgotten': '기기 기억이 해제되었습니다. 이 기기에서는 다시 두 번째 단계를 요청합니다.',

  'account.error.wrongCurrentPassword': '현재 비밀번호가 올바르지 않습니다.',
  'account.error.confirmationMismatch': '일치하지 않습니다. 표시된 그대로 입력하세요.',
  'account.error.nothingChanged': '변경된 내용이 없습니다.',
} satisfies AccountMessages;
