/**
 * Swahili, in the sign-in catalogue's terms: "wewe", "nenosiri", "msimbo", "ufunguo wa siri"
 * (src/i18n/locales/sw.ts). Adjectives after a contact label take the N class, as "barua pepe" and
 * "nambari ya simu" both are.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Akaunti yako',
  'account.heading.changePassword': 'Badilisha nenosiri lako',
  'account.heading.editProfile': 'Hariri wasifu wako',
  'account.heading.verifyContact': 'Weka msimbo wa uthibitishaji',
  'account.heading.signInMethods': 'Uthibitishaji wa hatua mbili',
  'account.heading.setUpTotp': 'Weka programu ya uthibitishaji',
  'account.heading.passkeys': 'Funguo za siri',
  'account.heading.devices': 'Vifaa vinavyokumbukwa',
  'account.heading.deleteAccount': 'Futa akaunti yako',

  'account.signedOut': 'Ingia ili udhibiti akaunti yako.',
  'account.loading': 'Inapakia…',
  'account.retry': 'Jaribu tena',
  'account.back': 'Rudi kwenye akaunti yako',
  'account.save': 'Hifadhi',
  'account.saving': 'Tunahifadhi…',
  'account.notSet': 'Haijawekwa',
  'account.verified': 'Imethibitishwa',
  'account.unverified': 'Haijathibitishwa',
  'account.verify': (field) => `Thibitisha ${field}`,
  'account.profile': 'Wasifu',
  'account.security': 'Usalama',
  'account.open.editProfile': 'Hariri wasifu',
  'account.open.changePassword': 'Badilisha nenosiri',
  'account.open.signInMethods': 'Uthibitishaji wa hatua mbili',
  'account.open.passkeys': 'Funguo za siri',
  'account.open.devices': 'Vifaa vinavyokumbukwa',
  'account.open.deleteAccount': 'Futa akaunti',
  'account.signOutEverywhere': 'Toka kwenye vifaa vyote',

  'account.field.currentPassword': 'Nenosiri la sasa',
  'account.changePassword.submit': 'Badilisha nenosiri',

  'account.verify.intro': (field) => `Taarifa mpya (${field}) itatumika baada ya kuthibitishwa; hadi wakati huo, ya zamani itaendelea kufanya kazi.`,
  'account.verify.submit': 'Thibitisha',
  'account.verify.later': 'Thibitisha baadaye',

  'account.mfa.intro': 'Baada ya nenosiri lako, utaombwa msimbo kupitia mojawapo ya njia hizi.',
  'account.mfa.on': 'Imewashwa',
  'account.mfa.off': 'Imezimwa',
  'account.mfa.preferred': 'Imewashwa, inaombwa kwanza',
  'account.mfa.turnOn': (method) => `Washa ${method}`,
  'account.mfa.turnOff': (method) => `Zima ${method}`,
  'account.mfa.prefer': (method) => `Omba ${method} kwanza`,
  'account.mfa.setUpTotp': 'Weka programu ya uthibitishaji',
  'account.mfa.needsVerified': (field) => `Inahitaji ${field} iliyothibitishwa kwenye wasifu wako.`,

  'account.passkeys.intro': 'Kwa funguo za siri, unaingia kwa alama ya kidole, uso au kufuli ya skrini badala ya nenosiri.',
  'account.passkeys.none': 'Bado huna funguo za siri.',
  'account.passkeys.add': 'Ongeza ufunguo wa siri',
  'account.passkeys.adding': 'Fuata maelekezo ya kivinjari chako…',
  'account.passkeys.created': (date) => `Uliongezwa ${date}`,
  'account.passkeys.delete': (name) => `Futa ${name}`,

  'account.devices.intro': 'Kwenye kifaa kinachokumbukwa, unaingia bila hatua ya pili.',
  'account.devices.none': 'Hakuna vifaa vinavyokumbukwa.',
  'account.devices.thisDevice': 'Kifaa hiki',
  'account.devices.lastUsed': (date) => `Kilitumika mara ya mwisho ${date}`,
  'account.devices.forget': (name) => `Sahau ${name}`,

  'account.delete.warning': 'Akaunti yako na kila kilichomo vitafutwa. Hatua hii haiwezi kutenduliwa.',
  'account.delete.confirmLabel': (name) => `Ili kuthibitisha, andika ${name}`,
  'account.delete.submit': 'Futa akaunti yangu',
  'account.delete.pending': 'Tunafuta…',

  'account.notice.passwordChanged': 'Nenosiri lako limebadilishwa.',
  'account.notice.profileSaved': 'Wasifu wako umehifadhiwa.',
  'account.notice.contactVerified': 'Imethibitishwa. Unaweza kuitumia kuanzia sasa.',
  'account.notice.codeResent': 'Tumetuma msimbo mpya.',
  'account.notice.mfaUpdated': 'Uthibitishaji wa hatua mbili umesasishwa.',
  'account.notice.totpEnabled': 'Programu yako ya uthibitishaji imewekwa na itaombwa wakati wa kuingia.',
  'account.notice.passkeyAdded': 'Ufunguo wako wa siri umeongezwa.',
  'account.notice.passkeyDeleted': 'Ufunguo wa siri umefutwa.',
  'account.notice.deviceForgotten': 'Kifaa kimesahauliwa. Kitaombwa hatua ya pili tena.',

  'account.error.wrongCurrentPassword': 'Nenosiri lako la sasa si sahihi.',
  'account.error.confirmationMismatch': 'Hailingani. Andika hasa kama inavyoonyeshwa.',
  'account.error.nothingChanged': 'Hakuna kilichobadilika.',
} satisfies AccountMessages;
