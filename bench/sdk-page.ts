// The README's backend table: a page that brings the API backend over the AWS SDK v3 transport
// (the package root, the tags registered, the backend handed to `<auth-flow>`); `npm run bench` prints its size.
import { AuthFlowElement, CognitoApiBackend, defineAuthElements } from '../src/index.js';
import { createSdkTransport } from '../src/cognito/transports/sdk.js';

defineAuthElements();
const flow = document.querySelector<AuthFlowElement>('auth-flow');
if (flow) flow.backend = new CognitoApiBackend({ userPoolId: 'eu-west-1_AbCdEf123', clientId: 'client', transport: createSdkTransport({ region: 'eu-west-1' }) });
