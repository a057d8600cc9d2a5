/**
 * Thai, in the sign-in catalogue's terms: polite "โปรด" without ครับ/ค่ะ, and no full stops
 * (src/i18n/locales/th.ts).
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'บัญชีของคุณ',
  'account.heading.changePassword': 'เปลี่ยนรหัสผ่าน',
  'account.heading.editProfile': 'แก้ไขโปรไฟล์',
  'account.heading.verifyContact': 'ป้อนรหัสยืนยัน',
  'account.heading.signInMethods': 'การยืนยันแบบ 2 ขั้นตอน',
  'account.heading.setUpTotp': 'ตั้งค่าแอปยืนยันตัวตน',
  'account.heading.passkeys': 'พาสคีย์',
  'account.heading.devices': 'อุปกรณ์ที่จดจำไว้',
  'account.heading.deleteAccount': 'ลบบัญชีของคุณ',

  'account.signedOut': 'เข้าสู่ระบบเพื่อจัดการบัญชีของคุณ',
  'account.loading': 'กำลังโหลด…',
  'account.retry': 'ลองอีกครั้ง',
  'account.back': 'กลับไปที่บัญชีของคุณ',
  'account.save': 'บันทึก',
  'account.saving': 'กำลังบันทึก…',
  'account.notSet': 'ยังไม่ได้ตั้งค่า',
  'account.verified': 'ยืนยันแล้ว',
  'account.unverified': 'ยังไม่ได้ยืนยัน',
  'account.verify': (field) => `ยืนยัน${field}`,
  'account.profile': 'โปรไฟล์',
  'account.security': 'ความปลอดภัย',
  'account.open.editProfile': 'แก้ไขโปรไฟล์',
  'account.open.changePassword': 'เปลี่ยนรหัสผ่าน',
  'account.open.signInMethods': 'การยืนยันแบบ 2 ขั้นตอน',
  'account.open.passkeys': 'พาสคีย์',
  'account.open.devices': 'อุปกรณ์ที่จดจำไว้',
  'account.open.deleteAccount': 'ลบบัญชี',
  'account.signOutEverywhere': 'ออกจากระบบในทุกอุปกรณ์',

  'account.field.currentPassword': 'รหัสผ่านปัจจุบัน',
  'account.changePassword.submit': 'เปลี่ยนรหัสผ่าน',

  'account.verify.intro': (field) => `${field}ใหม่จะใช้งานได้เมื่อยืนยันแล้ว ระหว่างนี้ข้อมูลเดิมยังใช้งานได้ตามปกติ`,
  'account.verify.submit': 'ยืนยัน',
  'account.verify.later': 'ยืนยันภายหลัง',

  'account.mfa.intro': 'หลังจากป้อนรหัสผ่าน ระบบจะขอรหัสจากวิธีใดวิธีหนึ่งต่อไปนี้',
  'account.mfa.on': 'เปิด',
  'account.mfa.off': 'ปิด',
  'account.mfa.preferred': 'เปิด ขอเป็นอันดับแรก',
  'account.mfa.turnOn': (method) => `เปิดใช้${method}`,
  'account.mfa.turnOff': (method) => `ปิดใช้${method}`,
  'account.mfa.prefer': (method) => `ขอ${method}เป็นอันดับแรก`,
  'account.mfa.setUpTotp': 'ตั้งค่าแอปยืนยันตัวตน',
  'account.mfa.needsVerified': (field) => `ต้องยืนยัน${field}ในโปรไฟล์ของคุณก่อน`,

  'account.passkeys.intro': 'พาสคีย์ช่วยให้คุณเข้าสู่ระบบด้วยลายนิ้วมือ ใบหน้า หรือการล็อกหน้าจอแทนรหัสผ่าน',
  'account.passkeys.none': 'คุณยังไม่มีพาสคีย์',
  'account.passkeys.add': 'เพิ่มพาสคีย์',
  'account.passkeys.adding': 'ทำตามคำแนะนำของเบราว์เซอร์…',
  'account.passkeys.created': (date) => `เพิ่มเมื่อ ${date}`,
  'account.passkeys.delete': (name) => `ลบ ${name}`,

  'account.devices.intro': 'ในอุปกรณ์ที่จดจำไว้ คุณจะเข้าสู่ระบบได้โดยไม่ต้องทำขั้นตอนที่สอง',
  'account.devices.none': 'ไม่มีอุปกรณ์ที่จดจำไว้',
  'account.devices.thisDevice': 'อุปกรณ์นี้',
  'account.devices.lastUsed': (date) => `ใช้ล่าสุดเมื่อ ${date}`,
  'account.devices.forget': (name) => `เลิกจดจำ ${name}`,

  'account.delete.warning': 'บัญชีของคุณและข้อมูลทั้งหมดในบัญชีจะถูกลบ และไม่สามารถเรียกคืนได้',
  'account.delete.confirmLabel': (name) => `พิมพ์ ${name} เพื่อยืนยัน`,
  'account.delete.submit': 'ลบบัญชีของฉัน',
  'account.delete.pending': 'กำลังลบ…',

  'account.notice.passwordChanged': 'เปลี่ยนรหัสผ่านแล้ว',
  'account.notice.profileSaved': 'บันทึกโปรไฟล์แล้ว',
  'account.notice.contactVerified': 'ยืนยันแล้ว ใช้งานได้ตั้งแต่ตอนนี้',
  'account.notice.codeResent': 'เราส่งรหัสใหม่ให้แล้ว',
  'account.notice.mfaUpdated': 'อัปเดตการยืนยันแบบ 2 ขั้นตอนแล้ว',
  'account.notice.totpEnabled': 'ตั้งค่าแอปยืนยันตัวตนแล้ว ระบบจะขอรหัสจากแอปเมื่อเข้าสู่ระบบ',
  'account.notice.passkeyAdded': 'เพิ่มพาสคีย์แล้ว',
  'account.notice.passkeyDeleted': 'ลบพาสคีย์แล้ว',
  'account.notice.deviceForgotten': 'เลิกจดจำอุปกรณ์แล้ว อุปกรณ์นี้จะต้องทำขั้นตอนที่สองอีกครั้ง',

  'account.error.wrongCurrentPassword': 'รหัสผ่านปัจจุบันไม่ถูกต้อง',
  'account.error.confirmationMismatch': 'ไม่ตรงกัน โปรดพิมพ์ให้ตรงตามที่แสดง',
  'account.error.nothingChanged': 'ไม่มีการเปลี่ยนแปลง',
} satisfies AccountMessages;
