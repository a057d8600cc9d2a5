/**
 * Brazilian Portuguese (pt-BR), in the sign-in catalogue's terms: "você", "senha", "aplicativo",
 * "entrar" (src/i18n/locales/pt-br.ts). Sentences around a contact label take it as masculine, as
 * "e-mail" and "número de telefone" both are.
 */
import type { AccountMessages } from '../en.js';

export default {
  'account.heading.overview': 'Sua conta',
  'account.heading.changePassword': 'Altere sua senha',
  'account.heading.editProfile': 'Edite seu perfil',
  'account.heading.verifyContact': 'Digite o código de verificação',
  'account.heading.signInMethods': 'Verificação em duas etapas',
  'account.heading.setUpTotp': 'Configure um aplicativo autenticador',
  'account.heading.passkeys': 'Chaves de acesso',
  'account.heading.devices': 'Dispositivos lembrados',
  'account.heading.deleteAccount': 'Exclua sua conta',

  'account.signedOut': 'Entre para gerenciar sua conta.',
  'account.loading': 'Carregando…',
  'account.retry': 'Tentar de novo',
  'account.back': 'Voltar para sua conta',
  'account.save': 'Salvar',
  'account.saving': 'Salvando…',
  'account.notSet': 'Não informado',
  'account.verified': 'Verificado',
  'account.unverified': 'Não verificado',
  'account.verify': (field) => `Verificar ${field}`,
  'account.profile': 'Perfil',
  'account.security': 'Segurança',
  'account.open.editProfile': 'Editar perfil',
  'account.open.changePassword': 'Alterar senha',
  'account.open.signInMethods': 'Verificação em duas etapas',
  'account.open.passkeys': 'Chaves de acesso',
  'account.open.devices': 'Dispositivos lembrados',
  'account.open.deleteAccount': 'Excluir conta',
  'account.signOutEverywhere': 'Sair de todos os dispositivos',

  'account.field.currentPassword': 'Senha atual',
  'account.changePassword.submit': 'Alterar senha',

  'account.verify.intro': (field) => `Seu novo ${field} passa a valer depois de verificado; até lá, o anterior continua funcionando.`,
  'account.verify.submit': 'Verificar',
  'account.verify.later': 'Verificar depois',

  'account.mfa.intro': 'Depois da senha, pedimos um código de um destes métodos.',
  'account.mfa.on': 'Ativado',
  'account.mfa.off': 'Desativado',
  'account.mfa.preferred': 'Ativado, pedido primeiro',
  'account.mfa.turnOn': (method) => `Ativar ${method}`,
  'account.mfa.turnOff': (method) => `Desativar ${method}`,
  'account.mfa.prefer': (method) => `Pedir ${method} primeiro`,
  'account.mfa.setUpTotp': 'Configurar um aplicativo autenticador',
  'account.mfa.needsVerified': (field) => `Requer um ${field} verificado no seu perfil.`,

  'account.passkeys.intro': 'Com as chaves de acesso, você entra com sua impressão digital, seu rosto ou o bloqueio de tela em vez de uma senha.',
  'account.passkeys.none': 'Você ainda não tem chaves de acesso.',
  'account.passkeys.add': 'Adicionar uma chave de acesso',
  'account.passkeys.adding': 'Siga as instruções do seu navegador…',
  'account.passkeys.created': (date) => `Adicionada em ${date}`,
  'account.passkeys.delete': (name) => `Excluir ${name}`,

  'account.devices.intro': 'Em um dispositivo lembrado, você entra sem a segunda etapa.',
  'account.devices.none': 'Nenhum dispositivo lembrado.',
  'account.devices.thisDevice': 'Este dispositivo',
  'account.devices.lastUsed': (date) => `Último uso em ${date}`,
  'account.devices.forget': (name) => `Esquecer ${name}`,

  'account.delete.warning': 'Sua conta e tudo o que ela contém serão excluídos. Não é possível desfazer essa ação.',
  'account.delete.confirmLabel': (name) => `Para confirmar, digite ${name}`,
  'account.delete.submit': 'Excluir minha conta',
  'account.delete.pending': 'Excluindo…',

  'account.notice.passwordChanged': 'Sua senha foi alterada.',
  'account.notice.profileSaved': 'Seu perfil foi salvo.',
  'account.notice.contactVerified': 'Verificado. Você já pode usá-lo.',
  'account.notice.codeResent': 'Enviamos um novo código.',
  'account.notice.mfaUpdated': 'A verificação em duas etapas foi atualizada.',
  'account.notice.totpEnabled': 'Seu aplicativo autenticador está configurado e será pedido quando você entrar.',
  'account.notice.passkeyAdded': 'Sua chave de acesso foi adicionada.',
  'account.notice.passkeyDeleted': 'A chave de acesso foi excluída.',
  'account.notice.deviceForgotten': 'O dispositivo foi esquecido. A segunda etapa voltará a ser pedida nele.',

  'account.error.wrongCurrentPassword': 'Sua senha atual não está correta.',
  'account.error.confirmationMismatch': 'Não confere. Digite exatamente como mostrado.',
  'account.error.nothingChanged': 'Nada foi alterado.',
} satisfies AccountMessages;
