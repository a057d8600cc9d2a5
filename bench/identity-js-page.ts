// The README's backend table: a page that brings the identity-js backend (the package root, the
// tags registered, the backend handed to `<auth-flow>`); `npm run bench` prints its size.
import { AuthFlowElement, defineAuthElements } from '../src/index.js';
import { CognitoIdentityJsBackend } from '../src/cognito/identity-js-backend.js';

defineAuthElements();
const flow = document.querySelector<AuthFlowElement>('auth-flow');
if (flow) flow.backend = new CognitoIdentityJsBackend({ userPoolId: 'eu-west-1_AbCdEf123', clientId: 'client' });
