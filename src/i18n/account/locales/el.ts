/**
 * Greek, in the sign-in catalogue's terms and polite plural (src/i18n/locales/el.ts); the ano
 * teleia (·) for a semicolon. A contact label, method or name follows a colon or stands in
 * brackets, in the nominative the page passes.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Ο λογαριασμός σας',
  'account.heading.changePassword': 'Αλλαγή κωδικού πρόσβασης',
  'account.heading.editProfile': 'Επεξεργασία προφίλ',
  'account.heading.verifyContact': 'Εισαγάγετε τον κωδικό επαλήθευσης',
  'account.heading.signInMethods': 'Επαλήθευση σε δύο βήματα',
  'account.heading.setUpTotp': 'Ρύθμιση εφαρμογής ελέγχου ταυτότητας',
  'account.heading.passkeys': 'Κλειδιά πρόσβασης',
  'account.heading.devices': 'Απομνημονευμένες συσκευές',
  'account.heading.deleteAccount': 'Διαγραφή λογαριασμού',

  'account.signedOut': 'Συνδεθείτε για να διαχειριστείτε τον λογαριασμό σας.',
  'account.loading': 'Φόρτωση…',
  'account.retry': 'Δοκιμάστε ξανά',
  'account.back': 'Επιστροφή στον λογαριασμό σας',
  'account.save': 'Αποθήκευση',
  'account.saving': 'Αποθήκευση…',
  'account.notSet': 'Δεν έχει οριστεί',
  'account.verified': 'Επαληθευμένο',
  'account.unverified': 'Μη επαληθευμένο',
  'account.verify': (field) => `Επαλήθευση: ${field}`,
  'account.profile': 'Προφίλ',
  'account.security': 'Ασφάλεια',
  'account.open.editProfile': 'Επεξεργασία προφίλ',
  'account.open.changePassword': 'Αλλαγή κωδικού πρόσβασης',
  'account.open.signInMethods': 'Επαλήθευση σε δύο βήματα',
  'account.open.passkeys': 'Κλειδιά πρόσβασης',
  'account.open.devices': 'Απομνημονευμένες συσκευές',
  'account.open.deleteAccount': 'Διαγραφή λογαριασμού',
  'account.signOutEverywhere': 'Αποσύνδεση από όλες τις συσκευές',

  'account.field.currentPassword': 'Τρέχων κωδικός πρόσβασης',
  'account.changePassword.submit': 'Αλλαγή κωδικού πρόσβασης',

  'account.verify.intro': (field) => `Το νέο στοιχείο (${field}) θα χρησιμοποιείται μόλις επαληθευτεί· μέχρι τότε, το παλιό εξακολουθεί να λειτουργεί.`,
  'account.verify.submit': 'Επαλήθευση',
  'account.verify.later': 'Επαλήθευση αργότερα',

  'account.mfa.intro': 'Μετά τον κωδικό πρόσβασης ζητείται ένας κωδικός μέσω μιας από αυτές τις μεθόδους.',
  'account.mfa.on': 'Ενεργό',
  'account.mfa.off': 'Ανενεργό',
  'account.mfa.preferred': 'Ενεργό, ζητείται πρώτο',
  'account.mfa.turnOn': (method) => `Ενεργοποίηση: ${method}`,
  'account.mfa.turnOff': (method) => `Απενεργοποίηση: ${method}`,
  'account.mfa.prefer': (method) => `Να ζητείται πρώτα: ${method}`,
  'account.mfa.setUpTotp': 'Ρύθμιση εφαρμογής ελέγχου ταυτότητας',
  'account.mfa.needsVerified': (field) => `Απαιτείται επαληθευμένο στοιχείο στο προφίλ σας: ${field}.`,

  'account.passkeys.intro': 'Με τα κλειδιά πρόσβασης συνδέεστε με το δακτυλικό σας αποτύπωμα, το πρόσωπό σας ή το κλείδωμα οθόνης αντί για κωδικό πρόσβασης.',
  'account.passkeys.none': 'Δεν έχετε ακόμη κλειδιά πρόσβασης.',
  'account.passkeys.add': 'Προσθήκη κλειδιού πρόσβασης',
  'account.passkeys.adding': 'Ακολουθήστε τις οδηγίες του προγράμματος περιήγησης…',
  'account.passkeys.created': (date) => `Προστέθηκε στις ${date}`,
  'account.passkeys.delete': (name) => `Διαγραφή: ${name}`,

  'account.devices.intro': 'Σε μια απομνημονευμένη συσκευή συνδέεστε χωρίς το δεύτερο βήμα.',
  'account.devices.none': 'Δεν υπάρχουν απομνημονευμένες συσκευές.',
  'account.devices.thisDevice': 'Αυτή η συσκευή',
  'account.devices.lastUsed': (date) => `Τελευταία χρήση: ${date}`,
  'account.devices.forget': (name) => `Κατάργηση: ${name}`,

  'account.delete.warning': 'Ο λογαριασμός σας και όλο το περιεχόμενό του θα διαγραφούν. Αυτή η ενέργεια δεν αναιρείται.',
  'account.delete.confirmLabel': (name) => `Για επιβεβαίωση, πληκτρολογήστε ${name}`,
  'account.delete.submit': 'Διαγραφή του λογαριασμού μου',
  'account.delete.pending': 'Διαγραφή…',

  'account.notice.passwordChanged': 'Ο κωδικός πρόσβασής σας άλλαξε.',
  'account.notice.profileSaved': 'Το προφίλ σας αποθηκεύτηκε.',
  'account.notice.contactVerified': 'Επαληθεύτηκε. Από τώρα χρησιμοποιείται το νέο στοιχείο.',
  'account.notice.codeResent': 'Στείλαμε νέο κωδικό.',
  'account.notice.mfaUpdated': 'Η επαλήθευση σε δύο βήματα ενημερώθηκε.',
  'account.notice.totpEnabled': 'Η εφαρμογή ελέγχου ταυτότητας ρυθμίστηκε και θα ζητείται κατά τη σύνδεση.',
  'account.notice.passkeyAdded': 'Το κλειδί πρόσβασής σας προστέθηκε.',
  'account.notice.passkeyDeleted': 'Το κλειδί πρόσβασης διαγράφηκε.',
  'account.notice.deviceForgotten': 'Η συσκευή δεν απομνημονεύεται πλέον. Σε αυτή θα ζητείται ξανά το δεύτερο βήμα.',

  'account.error.wrongCurrentPassword': 'Ο τρέχων κωδικός πρόσβασής σας δεν είναι σωστός.',
  'account.error.confirmationMismatch': 'Δεν ταιριάζει. Πληκτρολογήστε το ακριβώς όπως εμφανίζεται.',
  'account.error.nothingChanged': 'Δεν άλλαξε τίποτα.',
} satisfies AccountMessages;
