/**
 * French, in the sign-in catalogue's terms: "vous", and a no-break space (\u00a0) before ; : ? !
 * and inside « » (src/i18n/locales/fr.ts). "Votre" and "la méthode" keep the sentences right
 * whatever the gender of the label or method they frame.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Votre compte',
  'account.heading.changePassword': 'Changer votre mot de passe',
  'account.heading.editProfile': 'Modifier votre profil',
  'account.heading.verifyContact': 'Saisissez le code de vérification',
  'account.heading.signInMethods': 'Validation en deux étapes',
  'account.heading.setUpTotp': 'Configurer une application d’authentification',
  'account.heading.passkeys': 'Clés d’accès',
  'account.heading.devices': 'Appareils mémorisés',
  'account.heading.deleteAccount': 'Supprimer votre compte',

  'account.signedOut': 'Connectez-vous pour gérer votre compte.',
  'account.loading': 'Chargement…',
  'account.retry': 'Réessayer',
  'account.back': 'Retour à votre compte',
  'account.save': 'Enregistrer',
  'account.saving': 'Enregistrement…',
  'account.notSet': 'Non renseigné',
  'account.verified': 'Vérifié',
  'account.unverified': 'Non vérifié',
  'account.verify': (field) => `Vérifier votre ${field}`,
  'account.profile': 'Profil',
  'account.security': 'Sécurité',
  'account.open.editProfile': 'Modifier le profil',
  'account.open.changePassword': 'Changer le mot de passe',
  'account.open.signInMethods': 'Validation en deux étapes',
  'account.open.passkeys': 'Clés d’accès',
  'account.open.devices': 'Appareils mémorisés',
  'account.open.deleteAccount': 'Supprimer le compte',
  'account.signOutEverywhere': 'Se déconnecter de tous les appareils',

  'account.field.currentPassword': 'Mot de passe actuel',
  'account.changePassword.submit': 'Changer le mot de passe',

  'account.verify.intro': (field) => `La modification de votre ${field} prendra effet après vérification\u00a0; d’ici là, l’ancienne valeur reste utilisée.`,
  'account.verify.submit': 'Vérifier',
  'account.verify.later': 'Vérifier plus tard',

  'account.mfa.intro': 'Après votre mot de passe, un code vous est demandé par l’une de ces méthodes.',
  'account.mfa.on': 'Activé',
  'account.mfa.off': 'Désactivé',
  'account.mfa.preferred': 'Activé, demandé en premier',
  'account.mfa.turnOn': (method) => `Activer la méthode «\u00a0${method}\u00a0»`,
  'account.mfa.turnOff': (method) => `Désactiver la méthode «\u00a0${method}\u00a0»`,
  'account.mfa.prefer': (method) => `Demander d’abord la méthode «\u00a0${method}\u00a0»`,
  'account.mfa.setUpTotp': 'Configurer une application d’authentification',
  'account.mfa.needsVerified': (field) => `Nécessite la vérification de votre ${field} dans votre profil.`,

  'account.passkeys.intro': 'Les clés d’accès vous permettent de vous connecter avec votre empreinte digitale, votre visage ou le verrouillage de l’écran plutôt qu’avec un mot de passe.',
  'account.passkeys.none': 'Vous n’avez pas encore de clé d’accès.',
  'account.passkeys.add': 'Ajouter une clé d’accès',
  'account.passkeys.adding': 'Suivez les instructions de votre navigateur…',
  'account.passkeys.created': (date) => `Ajoutée le ${date}`,
  'account.passkeys.delete': (name) => `Supprimer ${name}`,

  'account.devices.intro': 'Sur un appareil mémorisé, vous vous connectez sans la deuxième étape.',
  'account.devices.none': 'Aucun appareil n’est mémorisé.',
  'account.devices.thisDevice': 'Cet appareil',
  'account.devices.lastUsed': (date) => `Dernière utilisation le ${date}`,
  'account.devices.forget': (name) => `Oublier ${name}`,

  'account.delete.warning': 'Votre compte et tout ce qu’il contient seront supprimés. Cette action est irréversible.',
  'account.delete.confirmLabel': (name) => `Pour confirmer, saisissez ${name}`,
  'account.delete.submit': 'Supprimer mon compte',
  'account.delete.pending': 'Suppression…',

  'account.notice.passwordChanged': 'Votre mot de passe a été modifié.',
  'account.notice.profileSaved': 'Votre profil a été enregistré.',
  'account.notice.contactVerified': 'Vérification effectuée. La nouvelle valeur est utilisée dès maintenant.',
  'account.notice.codeResent': 'Nous avons envoyé un nouveau code.',
  'account.notice.mfaUpdated': 'La validation en deux étapes a été mise à jour.',
  'account.notice.totpEnabled': 'Votre application d’authentification est configurée et vous sera demandée à la connexion.',
  'account.notice.passkeyAdded': 'Votre clé d’accès a été ajoutée.',
  'account.notice.passkeyDeleted': 'La clé d’accès a été supprimée.',
  'account.notice.deviceForgotten': 'L’appareil a été oublié. La deuxième étape y sera de nouveau demandée.',

  'account.error.wrongCurrentPassword': 'Votre mot de passe actuel n’est pas correct.',
  'account.error.confirmationMismatch': 'Cela ne correspond pas. Saisissez-le exactement comme indiqué.',
  'account.error.nothingChanged': 'Rien n’a été modifié.',
} satisfies AccountMessages;
