/**
 * Everything an element showed while `body` ran: each text and attribute value it had, even for a
 * moment (the old value of every change is kept), in its light DOM and its shadow root.
 */
export async function textsShownDuring(el: Element, body: () => Promise<void>): Promise<string[]> {
  const shown: string[] = [el.textContent ?? '', el.shadowRoot?.textContent ?? ''];
  const collect = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.oldValue) shown.push(record.oldValue);
      if (record.type === 'characterData') shown.push(record.target.textContent ?? '');
      if (record.type === 'attributes') shown.push((record.target as Element).getAttribute(record.attributeName!) ?? '');
      for (const node of [...record.addedNodes, ...record.removedNodes]) shown.push(node.textContent ?? '');
    }
  };
  const observer = new MutationObserver(collect);
  const options = { subtree: true, childList: true, characterData: true, characterDataOldValue: true, attributes: true, attributeOldValue: true };
  observer.observe(el, options);
  if (el.shadowRoot) observer.observe(el.shadowRoot, options);
  try {
    await body();
  } finally {
    collect(observer.takeRecords());
    observer.disconnect();
  }
  return shown;
}

/** A catalogue key where its text should be ("signUp.heading", "error.codeMismatch"). */
export const CATALOGUE_KEY =
  /\b(?:flow|field|password|signIn|signUp|confirmSignUp|code|mfa|mfaSelect|mfaSetupSelect|totpSetup|emailSetup|newPassword|challenge|resetPassword|confirmResetPassword|signedIn|factor|passkey|passkeyOffer|verifyContact|confirmContact|provider|notice|error)\.[A-Za-z_]+/;
